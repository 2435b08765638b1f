from django.urls import path

from . import feeds, views

app_name = "articles"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("archive/", views.ArchiveView.as_view(), name="archive"),
    path("archive/<int:year>/", views.YearView.as_view(), name="year"),
]

entity_patterns = (
    [
        path(
            "organisations/<slug:slug>/",
            views.OrganisationDetailView.as_view(),
            name="organisation",
        ),
        path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person"),
        path(
            "organisations/<slug:slug>/feed/",
            feeds.OrganisationFeed(),
            name="organisation_feed",
        ),
        path("people/<slug:slug>/feed/", feeds.PersonFeed(), name="person_feed"),
    ],
    "entities",
)
