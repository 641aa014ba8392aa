from django.urls import path

from security import views

app_name = "security"
urlpatterns = [
    path("setup/", views.two_factor_setup, name="two_factor_setup"),
    path("verify/", views.two_factor_verify, name="two_factor_verify"),
    path("recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("logins/", views.login_protection, name="login_protection"),
    path("logins/unlock/", views.lift_lockout, name="lift_lockout"),
    path("logins/reset-two-factor/", views.reset_two_factor, name="reset_two_factor"),
]
