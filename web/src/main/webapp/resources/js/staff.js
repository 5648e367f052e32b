/* Staff pages, progressive enhancement: every form also works without this script.
   - buttons with data-confirm ask first; the server asks again on its own page without scripts
   - upload forms show progress while large files are sent
   - inputs with data-check="uscc" / "id-number" say at once whether the code is well formed */
(function () {
  'use strict';

  document.addEventListener('click', function (ev) {
    var b = ev.target.closest('[data-confirm]');
    if (!b) return;
    if (!window.confirm(b.getAttribute('data-confirm'))) {
      ev.preventDefault();
      return;
    }
    var flag = b.form && b.form.querySelector('input[name="confirmed"]');
    if (flag) flag.value = 'yes';
  });

  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (!form.hasAttribute('data-progress') || !window.FormData || !window.XMLHttpRequest) return;
    var size = 0;
    form.querySelectorAll('input[type=file]').forEach(function (i) {
      Array.prototype.forEach.call(i.files || [], function (f) { size += f.size; });
    });
    if (size === 0) return; // the server answers "请选择要上传的文件"
    ev.preventDefault();
    var data = new FormData(form);
    if (ev.submitter && ev.submitter.name) data.append(ev.submitter.name, ev.submitter.value);
    var bar = form.querySelector('progress');
    var buttons = form.querySelectorAll('input[type=submit],button');
    buttons.forEach(function (b) { b.disabled = true; });
    if (bar) { bar.hidden = false; bar.value = 0; bar.title = '正在上传'; }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.onprogress = function (e) {
      if (bar && e.lengthComputable) {
        bar.value = Math.round((e.loaded / e.total) * 100);
        bar.title = '已上传 ' + bar.value + '%';
      }
    };
    xhr.onload = function () {
      if (xhr.responseURL && xhr.responseURL !== form.action) {
        window.location.assign(xhr.responseURL);
      } else {
        document.open();
        document.write(xhr.responseText);
        document.close();
        // the answer keeps the scroll position of the form: show its error at the top
        window.setTimeout(function () {
          var m = document.getElementById('messages');
          if (m && m.textContent.trim()) m.scrollIntoView();
        }, 0);
      }
    };
    xhr.onerror = function () {
      buttons.forEach(function (b) { b.disabled = false; });
      if (bar) bar.hidden = true;
      window.alert('上传中断，请检查网络后重试');
    };
    xhr.send(data);
  });

  var USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  function usccProblem(v) {
    if (v.length !== 18) return '统一社会信用代码应为18位，当前' + v.length + '位';
    var sum = 0;
    for (var i = 0; i < 17; i++) {
      var n = USCC.indexOf(v.charAt(i));
      if (n < 0) return '第' + (i + 1) + '位“' + v.charAt(i) + '”不是统一社会信用代码允许的字符';
      sum += n * (Math.pow(3, i) % 31);
    }
    var check = USCC.charAt((31 - (sum % 31)) % 31);
    return v.charAt(17) === check ? null : '校验位应为' + check + '，请核对';
  }
  function idProblem(v) {
    if (!/^\d{17}[\dX]$/.test(v)) return '身份证号应为17位数字加1位数字或X';
    var w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], sum = 0;
    for (var i = 0; i < 17; i++) sum += Number(v.charAt(i)) * w[i];
    var check = '10X98765432'.charAt(sum % 11);
    return v.charAt(17) === check ? null : '校验位应为' + check + '，请核对';
  }
  document.addEventListener('input', function (ev) {
    var i = ev.target;
    var kind = i.getAttribute && i.getAttribute('data-check');
    if (!kind) return;
    var v = i.value.trim().toUpperCase();
    var problem = v === '' ? null : kind === 'uscc' ? usccProblem(v) : idProblem(v);
    i.setCustomValidity(problem || '');
    var note = i.parentNode.querySelector('.check-note');
    if (note) {
      note.textContent = v === '' ? '' : problem || '格式正确';
      note.className = 'check-note ' + (problem ? 'bad' : 'good');
    }
  });
})();
