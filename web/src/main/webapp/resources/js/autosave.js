// Autosave of a draft score sheet: on every change, post the form as its hidden
// "自动保存" button would (a normal Faces postback), and show the answer's status line.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("form.autosave").forEach(function (form) {
    var button = form.querySelector(".autosave-button");
    var status = document.getElementById("autosaved");
    if (!button) return;
    button.hidden = true;
    // one post at a time, in order, and only the newest answer is shown: two quick changes
    // (a deduction, then its reason) must not let the older draft's answer overwrite the newer
    var queue = Promise.resolve();
    var latest = 0;
    form.addEventListener("change", function () {
      var mine = ++latest;
      queue = queue.then(function () {
        if (mine !== latest) return; // a newer change will post the whole form anyway
        var data = new FormData(form);
        data.append(button.name, button.value);
        return fetch(form.action, { method: "POST", body: new URLSearchParams(data), credentials: "same-origin" })
          .then(function (r) { return r.text(); })
          .then(function (html) {
            var doc = new DOMParser().parseFromString(html, "text/html");
            var answer = doc.getElementById("autosaved");
            if (status && answer && mine === latest) status.textContent = answer.textContent;
          })
          .catch(function () { if (status) status.textContent = "未能自动保存，请点击“保存草稿”"; });
      });
    });
  });
});
