"""Editors may also add documents (uploads)."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*Permission.objects.filter(
        content_type__app_label="quizapp", codename__endswith="_upload"
    ))


class Migration(migrations.Migration):
    dependencies = [("quizapp", "0007_uploads"), ("quizapp", "0006_editors_group")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
