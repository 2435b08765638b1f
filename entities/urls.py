from django.urls import path

from . import views

app_name = "entities"
urlpatterns = [
    path(
        "organisations/<slug:slug>/",
        views.OrganisationDetailView.as_view(),
        name="organisation",
    ),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person"),
]
