// Autosave of a draft score sheet: on every change, post the form as its hidden
// "自动保存" button would (a normal Faces postback), and show the answer's status line.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.autosave").forEach(function (form) {
    var button = form.querySelector(".autosave-button");
    var status = document.getElementById("autosaved");
    if (!button) return;
    button.hidden = true;
    form.addEventListener("change", function () {
      var data = new FormData(form);
      data.append(button.name, button.value);
      fetch(form.action, { method: "POST", body: new URLSearchParams(data), credentials: "same-origin" })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var answer = doc.getElementById("autosaved");
          if (status && answer) status.textContent = answer.textContent;
        })
        .catch(function () { if (status) status.textContent = "未能自动保存，请点击“保存草稿”"; });
    });
  });
});
