// A copy button next to a generated paragraph (fragments/copy :: button): copies the paragraph's
// text as shown, then says so for a moment (also to screen readers, through the button's label).
(function () {
  'use strict';
  function fallback(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand('copy');
    } catch (e) {
      done = false;
    }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error('copy refused'));
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy-target]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.dataset.copyTarget);
    if (!source) {
      return;
    }
    var text = (source.value !== undefined && source.tagName === 'TEXTAREA' ? source.value : source.innerText).trim();
    var copying = navigator.clipboard && window.isSecureContext
        ? navigator.clipboard.writeText(text).catch(function () { return fallback(text); }) : fallback(text);
    var label = button.textContent;
    copying.then(function () {
      button.textContent = button.dataset.copied;
      button.classList.add('copied');
    }, function () {
      button.textContent = button.dataset.failed;
    }).then(function () {
      window.setTimeout(function () {
        button.textContent = label;
        button.classList.remove('copied');
      }, 2500);
    });
  });
}());
