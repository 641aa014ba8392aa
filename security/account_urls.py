"""The board accounts screens, at their historical admin paths under
/admin/board/ (registered by security.wagtail_hooks)."""

from django.urls import path

from security import account_views

urlpatterns = [
    path("accounts/", account_views.account_list, name="accounts"),
    path(
        "accounts/<int:user_id>/<str:action>/", account_views.account_action, name="account_action"
    ),
    path("password/", account_views.change_password, name="change_password"),
]
