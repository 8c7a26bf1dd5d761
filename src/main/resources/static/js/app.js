// Sends the CSRF token with every htmx request; kept in a file because the Content-Security-Policy forbids inline scripts.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// Moves focus to the first invalid field or the error summary after a server-rendered validation failure.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
});

// Buttons that ask for confirmation before a consequential action (lock a user, revoke a token).
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
