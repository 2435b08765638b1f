from django.views.generic import DetailView

from .models import Organisation, Person


class OrganisationDetailView(DetailView):
    model = Organisation
    template_name = "entities/organisation_detail.html"
    context_object_name = "organisation"


class PersonDetailView(DetailView):
    model = Person
    template_name = "entities/person_detail.html"
    context_object_name = "person"
