from django.db import migrations, models


def create_the_row(apps, schema_editor):
    apps.get_model("rendercache", "ContentVersion").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("number", models.BigIntegerField(default=0)),
                ("changed_at", models.DateTimeField(auto_now=True)),
            ],
            options={"verbose_name": "content version"},
        ),
        migrations.RunPython(create_the_row, migrations.RunPython.noop),
    ]
