"""Create the Editors and Reporters groups with the permissions their jobs need."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ENTITY_MODELS = ["organisation", "person", "alias", "identifier", "role", "inspection",
                 "inspectionrating"]
ARTICLE_MODELS = ["article", "mention"]


def codenames(actions, models):
    return [f"{action}_{model}" for action in actions for model in models]


GROUPS = {
    # Editors curate everything and decide what readers see.
    "Editors": codenames(["add", "change", "delete", "view"], ENTITY_MODELS + ARTICLE_MODELS)
    + ["view_draft", "publish_article"],
    # Reporters write and correct copy, and may add the names they come across,
    # but cannot publish, delete, or change ratings and posts.
    "Reporters": codenames(["view"], ENTITY_MODELS + ARTICLE_MODELS)
    + codenames(["add", "change"], ["article", "mention", "alias", "organisation", "person"])
    + ["view_draft"],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after migrate finishes; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        found = Permission.objects.filter(
            content_type__app_label__in=["articles", "entities"], codename__in=perms
        )
        missing = set(perms) - set(found.values_list("codename", flat=True))
        if missing:
            raise RuntimeError(f"Permissions not found for {name}: {sorted(missing)}")
        group.permissions.set(found)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_initial"),
        ("entities", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
