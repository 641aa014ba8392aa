from django.urls import path

from subscriptions import views

app_name = "subscriptions"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("xac-nhan/<str:token>/", views.confirm, name="confirm"),
    path("huy/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
