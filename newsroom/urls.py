"""Root URLs: public pages, the admin and the API."""

from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from articles.feeds import LatestArticlesFeed
from articles.urls import entity_patterns
from newsroom import views
from newsroom.audit import audit_view
from newsroom.sitemaps import SITEMAPS

site_patterns = [
    path("ratings/", views.RatingsView.as_view(), name="ratings"),
    path("ratings/<slug:slug>/", views.TimelineView.as_view(), name="timeline"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("feeds/latest/", LatestArticlesFeed(), name="latest_feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.RobotsView.as_view(), name="robots"),
    path("healthz", views.healthz, name="healthz"),
]

urlpatterns = [
    path("admin/audit/", audit_view, name="audit"),
    path("admin/", admin.site.urls),
    path("api/", include("newsroom.api.urls")),
    path("", include("articles.urls")),
    path("", include(entity_patterns)),
    path("", include((site_patterns, "site"))),
]
