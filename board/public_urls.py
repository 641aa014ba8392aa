"""Public URLs of the board app: the unit leader's approval link."""

from django.urls import path

from board.views import unit_approval

urlpatterns = [
    path("<str:token>/", unit_approval.decide, name="unit_approval"),
    path("<str:token>/xem/", unit_approval.preview, name="unit_approval_preview"),
]
