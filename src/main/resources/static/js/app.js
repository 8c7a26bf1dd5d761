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

// Ctrl+Enter (or Cmd+Enter) submits a form marked data-ctrl-enter through its data-default-submit button: the
// live-call form is saved from any field without reaching for the mouse (the screen says so next to the button).
document.addEventListener("keydown", function (event) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || !event.target.closest) {
    return;
  }
  var form = event.target.closest("form[data-ctrl-enter]");
  var button = form && form.querySelector("[data-default-submit]");
  if (button) {
    event.preventDefault();
    form.requestSubmit(button);
  }
});

// A submit button of its own may ask for confirmation (discard a draft) without the form's other buttons asking.
document.addEventListener("submit", function (event) {
  var button = event.submitter;
  if (button && button.dataset && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});

// Search helpers: a result button copies its value into the field it helps with (data-fill = the field's id) and
// may say what was chosen (data-note = an element's id, data-note-text = the words), then gives the field the focus.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("button[data-fill]");
  var field = button && document.getElementById(button.dataset.fill);
  if (!field) {
    return;
  }
  field.value = button.dataset.value || "";
  field.dispatchEvent(new Event("change", { bubbles: true }));
  var note = button.dataset.note && document.getElementById(button.dataset.note);
  if (note) {
    note.textContent = button.dataset.noteText || "";
  }
  field.focus();
});

// In a picker's search box (data-picker-search = its results' id) Enter searches at once instead of submitting the
// form around it, and the down arrow moves to the first result.
document.addEventListener("keydown", function (event) {
  var resultsId = event.target.dataset && event.target.dataset.pickerSearch;
  if (!resultsId || event.ctrlKey || event.metaKey) {
    return;
  }
  if (event.key === "Enter") {
    event.preventDefault();
    if (window.htmx) {
      window.htmx.trigger(event.target, "pick");
    }
  } else if (event.key === "ArrowDown") {
    var first = document.querySelector("#" + resultsId + " button");
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});

// A field marked data-clears (a commune code) empties the note about it (the chosen unit's name) once the user types
// a code of their own: the note would name a unit the field no longer holds. The server names it again on the next page.
document.addEventListener("input", function (event) {
  var id = event.target.dataset && event.target.dataset.clears;
  var note = id && document.getElementById(id);
  if (note) {
    note.textContent = "";
  }
});

// Polling panels marked data-pause-hidden (the live screen's incoming calls) stay quiet while the tab is hidden, and
// catch up as soon as it is shown again. They also stop after data-idle-seconds without a key or a click: a poll is a
// request, and requests would otherwise keep an unattended session from ever timing out.
var lastActivity = Date.now();
["keydown", "mousedown", "touchstart"].forEach(function (type) {
  document.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true });
});
document.addEventListener("htmx:beforeRequest", function (event) {
  var panel = event.detail.elt;
  if (!panel || !panel.hasAttribute("data-pause-hidden")) {
    return;
  }
  var idleSeconds = parseInt(panel.getAttribute("data-idle-seconds") || "600", 10);
  if (document.hidden || Date.now() - lastActivity > idleSeconds * 1000) {
    event.preventDefault();
  }
});
document.addEventListener("visibilitychange", function () {
  if (!document.hidden && window.htmx) {
    document.querySelectorAll("[data-pause-hidden]").forEach(function (panel) {
      window.htmx.trigger(panel, "refresh");
    });
  }
});
