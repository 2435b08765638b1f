"""The editorial workflow: states, scheduling, preview, history, conflicts, merges, security."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.mentions import relink
from articles.models import Article, Mention
from entities.merging import merge
from entities.models import Alias, Inspection, InspectionRating, Organisation, Role
from entities.versioning import StaleVersion
from tests.admin_forms import errors_of, unchanged_post_data

pytestmark = pytest.mark.django_db


def change_url(row, page="change", *more):
    meta = row._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{page}", args=[row.pk, *more])


def test_a_save_over_a_version_not_seen_is_refused(make_article):
    article = make_article(body="First.")
    mine, theirs = Article.objects.get(pk=article.pk), Article.objects.get(pk=article.pk)
    theirs.body = "Theirs."
    theirs.save()
    mine.body = "Mine."
    with pytest.raises(StaleVersion):
        mine.save()
    assert Article.objects.get(pk=article.pk).body == "Theirs."


def test_two_editors_in_the_admin_cannot_overwrite_each_other(make_article, make_user):
    article = make_article(body="The council met on Monday.")
    alice, bob = Client(), Client()
    alice.force_login(make_user("Editors", username="alice"))
    bob.force_login(make_user("Editors", username="bob"))
    alice_form = unchanged_post_data(alice.get(change_url(article)))
    bob_form = unchanged_post_data(bob.get(change_url(article)))

    alice_form["body"] = "The council met on Tuesday."
    response = alice.post(change_url(article), alice_form)
    assert response.status_code == 302, errors_of(response)

    bob_form["body"] = "The council met on Monday evening."
    response = bob.post(change_url(article), bob_form)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone saved this record after you opened it" in page
    assert "alice" in page
    assert "<del>Monday.</del><ins>Tuesday.</ins>" in page
    assert "The council met on Monday evening." in page  # bob's text is still in his form
    assert Article.objects.get(pk=article.pk).body == "The council met on Tuesday."


def test_two_editors_cannot_overwrite_each_others_organisation(make_organisation, make_user):
    council = make_organisation("Doncaster Council")
    alice, bob = Client(), Client()
    alice.force_login(make_user("Editors"))
    bob.force_login(make_user("Editors"))
    alice_form = unchanged_post_data(alice.get(change_url(council)))
    bob_form = unchanged_post_data(bob.get(change_url(council)))
    alice_form["description"] = "A metropolitan borough council."
    assert alice.post(change_url(council), alice_form).status_code == 302
    bob_form["name"] = "City of Doncaster Council"
    response = bob.post(change_url(council), bob_form)
    assert response.status_code == 200
    assert "Someone saved this record" in response.content.decode()
    council.refresh_from_db()
    assert (council.name, council.description) == (
        "Doncaster Council",
        "A metropolitan borough council.",
    )


def test_a_scheduled_article_appears_at_its_time_and_not_before(client, make_article):
    article = make_article(
        headline="Embargoed report", published_at=timezone.now() + timedelta(hours=1)
    )
    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Embargoed report" not in client.get("/").content.decode()
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 200
    assert "Embargoed report" in client.get("/").content.decode()


@pytest.mark.parametrize("status", ["draft", "in_review", "withdrawn"])
def test_unpublished_articles_preview_for_staff_only(client, make_article, make_user, status):
    article = make_article(body="Ofsted said so.", status=status)
    assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(make_user())  # a reader with an account but no permission
    assert client.get(article.get_absolute_url()).status_code == 404
    client.force_login(make_user("Editors"))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "readers cannot see it" in response.content.decode()


def test_a_correction_note_is_shown_to_readers(client, make_article):
    article = make_article(correction="An earlier version gave the wrong year.")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "An earlier version gave the wrong year." in html


def test_every_change_is_recorded_with_who_and_a_word_diff(client, make_article, editor):
    article = make_article(body="The council met on Monday and agreed the plan.")
    client.force_login(editor)
    data = unchanged_post_data(client.get(change_url(article)))
    data["body"] = "The council met on Tuesday and agreed the plan."
    assert client.post(change_url(article), data).status_code == 302
    latest = article.history.first()
    assert latest.history_user == editor
    history = client.get(change_url(article, "history")).content.decode()
    assert "<del>Monday</del><ins>Tuesday</ins>" in history


def test_an_article_can_be_reverted_to_an_earlier_version(
    client, make_article, make_organisation, editor
):
    make_organisation("Ofsted")
    article = make_article(body="Original text from Ofsted.")
    client.force_login(editor)
    data = unchanged_post_data(client.get(change_url(article)))
    data["body"] = "Vandalised text."
    assert client.post(change_url(article), data).status_code == 302
    assert article.mentions.count() == 0
    original = article.history.order_by("history_date").first()
    url = change_url(article, "simple_history", original.history_id)
    data = unchanged_post_data(client.get(url))
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    article.refresh_from_db()
    assert article.body == "Original text from Ofsted."
    assert [m.text for m in article.mentions.all()] == ["Ofsted"]


def test_an_article_in_review_shows_what_changed_since_publication(client, make_article, editor):
    article = make_article(body="The council agreed.")
    article.status = Article.Status.IN_REVIEW
    article.body = "The council disagreed."
    article.save()
    client.force_login(editor)
    page = client.get(change_url(article)).content.decode()
    assert "<del>agreed.</del><ins>disagreed.</ins>" in page


def test_entities_aliases_roles_and_ratings_keep_history(make_organisation, make_person):
    council = make_organisation("Doncaster Council")
    ofsted = make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)
    alias = Alias.objects.create(organisation=council, text="the council")
    role = Role.objects.create(person=make_person("Ros Jones"), organisation=council, title="Mayor")
    inspection = Inspection.objects.create(
        organisation=council, inspectorate=ofsted, framework="ilacs"
    )
    rating = InspectionRating.objects.create(
        inspection=inspection, judgement_area="overall", grade=3
    )
    rating.grade = 2
    rating.save()
    for row in (council, alias, role, inspection):
        assert row.history.count() == 1
    assert [r.grade for r in rating.history.order_by("history_date")] == [3, 2]


def test_deleting_a_mentioned_entity_is_refused_with_the_articles(
    client, make_article, make_organisation, editor
):
    council = make_organisation("Doncaster Council")
    article = make_article(headline="Council meets", body="Doncaster Council met.")
    relink(article)
    client.force_login(editor)
    response = client.post(change_url(council, "delete"), {"post": "yes"})
    page = response.content.decode()
    assert "Council meets" in page
    assert Organisation.objects.filter(pk=council.pk).exists()


def test_merging_moves_mentions_aliases_roles_and_ratings(
    make_article, make_organisation, make_person, django_capture_on_commit_callbacks
):
    kept = make_organisation("Doncaster Council")
    dupe = make_organisation("Doncaster MBC")
    ofsted = make_organisation("Ofsted", kind=Organisation.Kind.REGULATOR)
    Alias.objects.create(organisation=dupe, text="DMBC")
    Role.objects.create(person=make_person("Ros Jones"), organisation=dupe, title="Mayor")
    inspection = Inspection.objects.create(organisation=dupe, inspectorate=ofsted, framework="sif")
    article = make_article(body="Doncaster MBC met. DMBC agreed.")
    relink(article)
    with django_capture_on_commit_callbacks(execute=True):
        merge(dupe, kept)
    assert not Organisation.objects.filter(pk=dupe.pk).exists()
    assert set(kept.aliases.values_list("text", flat=True)) == {"DMBC", "Doncaster MBC"}
    assert kept.roles.get().title == "Mayor"
    assert Inspection.objects.get(pk=inspection.pk).organisation == kept
    linked = [(m.text, m.organisation) for m in Mention.objects.filter(article=article)]
    assert linked == [("Doncaster MBC", kept), ("DMBC", kept)]


def test_the_admin_merge_action_asks_then_merges(client, make_organisation, editor):
    kept = make_organisation("Doncaster Council")
    dupe = make_organisation("Doncaster MBC")
    client.force_login(editor)
    url = reverse("admin:entities_organisation_changelist")
    form = {"action": "merge_into", "_selected_action": [dupe.pk]}
    assert "Merge into" in client.post(url, form).content.decode()
    response = client.post(url, {**form, "target": kept.pk})
    assert response.status_code == 302
    assert not Organisation.objects.filter(pk=dupe.pk).exists()


def test_reporters_cannot_merge_entities(client, make_organisation, reporter):
    dupe = make_organisation("Doncaster MBC")
    kept = make_organisation("Doncaster Council")
    client.force_login(reporter)
    url = reverse("admin:entities_organisation_changelist")
    client.post(url, {"action": "merge_into", "_selected_action": [dupe.pk], "target": kept.pk})
    assert Organisation.objects.filter(pk=dupe.pk).exists()


def test_repeated_failed_logins_are_locked_out(client, make_user):
    make_user("Editors", username="target")
    login = reverse("admin:login")
    for _ in range(5):
        client.post(login, {"username": "target", "password": "wrong"})
    response = client.post(login, {"username": "target", "password": "a-long-test-password"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_admin_forms_need_a_csrf_token(make_article, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    article = make_article(body="Unchanged.")
    data = unchanged_post_data(client.get(change_url(article)))
    data["body"] = "Changed without a token."
    assert client.post(change_url(article), data).status_code == 403
    article.refresh_from_db()
    assert article.body == "Unchanged."


def test_the_audit_page_lists_changes_by_user_and_model(client, make_article, make_user):
    alice, bob = make_user("Editors", username="alice"), make_user("Editors", username="bob")
    article = make_article(headline="Budget story")
    for user, text in [(alice, "Alice's edit."), (bob, "Bob's edit.")]:
        client.force_login(user)
        data = unchanged_post_data(client.get(change_url(article)))
        data["body"] = text
        assert client.post(change_url(article), data).status_code == 302
    page = client.get(reverse("audit")).content.decode()
    assert "alice" in page
    assert "bob" in page
    only_alice = client.get(reverse("audit"), {"user": alice.pk, "model": "articles.article"})
    rows = only_alice.content.decode().split("<tbody>")[1]
    assert "alice" in rows
    assert "bob" not in rows


def test_readers_and_reporters_cannot_open_the_audit_page(client, make_user):
    assert client.get(reverse("audit")).status_code == 302  # to the login page
    client.force_login(make_user())
    assert client.get(reverse("audit")).status_code == 302
