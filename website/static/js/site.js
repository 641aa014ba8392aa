/* Progressive enhancements for the public site. Loaded with defer from
   base.html; the Content-Security-Policy forbids inline scripts and event
   handlers, so behaviour is bound here through data attributes. Every page
   works without this file. */
(function () {
  "use strict";

  // Print buttons: hidden in the HTML (they need JavaScript), shown here.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });

  // Escape closes the phone menu and gives focus back to its button.
  document.querySelectorAll(".main-nav__toggle").forEach(function (details) {
    details.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary").focus();
      }
    });
  });
})();
