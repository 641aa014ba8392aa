"""Wagtail's initial data, named in Vietnamese.

Wagtail's own migrations create the tree's root page ("Root") and its
first page ("Welcome to your new Wagtail site!"), the root collection
("Root"), two groups
("Editors", "Moderators") and a default workflow and task ("Moderators
approval"); their names are data, shown as is on the admin's screens.
Only rows still carrying Wagtail's English name are renamed.
"""

from django.db import migrations

NAMES = {
    "group": {"Editors": "Biên tập (mặc định)", "Moderators": "Duyệt (mặc định)"},
    "workflow": {"Moderators approval": "Quy trình duyệt mặc định"},
    "task": {"Moderators approval": "Bước duyệt mặc định"},
}
ROOT = ("Root", "Gốc")
WELCOME = ("Welcome to your new Wagtail site!", "Trang mặc định của Wagtail")


def rename(apps, schema_editor, reverse=False):
    models = {
        "group": apps.get_model("auth", "Group"),
        "workflow": apps.get_model("wagtailcore", "Workflow"),
        "task": apps.get_model("wagtailcore", "Task"),
    }
    for kind, names in NAMES.items():
        for english, vietnamese in names.items():
            old, new = (vietnamese, english) if reverse else (english, vietnamese)
            models[kind].objects.filter(name=old).update(name=new)
    old, new = (ROOT[1], ROOT[0]) if reverse else ROOT
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=old).update(title=new, draft_title=new)
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name=old).update(name=new)
    old, new = (WELCOME[1], WELCOME[0]) if reverse else WELCOME
    Page.objects.filter(depth=2, title=old).update(title=new, draft_title=new)


def unrename(apps, schema_editor):
    rename(apps, schema_editor, reverse=True)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(rename, unrename)]
