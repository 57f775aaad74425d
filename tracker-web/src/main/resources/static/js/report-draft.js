/*
 * Never lose a report draft. While the user types, a copy of the form is kept in this browser
 * (localStorage, keyed by report and version) and restored when the page is opened again; every
 * minute a changed form is saved to the server. When the session has expired, the user is asked
 * to sign in again in another tab, the copy is kept and the save is tried again.
 * The texts shown are elements of the page (#draft-*), so that they come in the page's language.
 */
(function () {
  'use strict';

  var form = document.getElementById('report-form');
  if (!form) {
    return;
  }
  var reportId = form.getAttribute('data-report-id');
  var prefix = 'tip-report-draft:' + reportId + ':';
  var versionInput = form.querySelector('input[name="version"]');
  // Not form.action: the buttons named "action" shadow that property.
  var actionUrl = form.getAttribute('action');
  var autosaveAllowed = form.getAttribute('data-autosave') === 'true';
  var INTERVAL = 60000;
  var changes = 0;      // changes since the last successful save
  var busy = false;
  var expired = false;

  function store() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function show(id, text) {
    var el = document.getElementById(id);
    if (el) {
      if (text !== undefined) {
        el.textContent = text;
      }
      el.classList.remove('d-none');
    }
  }

  function hide(id) {
    var el = document.getElementById(id);
    if (el) {
      el.classList.add('d-none');
    }
  }

  /** The form's values as [name, value] pairs (checked boxes only), without the token and version. */
  function values() {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '_csrf' || el.name === 'version' || el.name === 'action' || el.disabled) {
        return;
      }
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked) {
          out.push([el.name, el.value]);
        }
        return;
      }
      out.push([el.name, el.value]);
    });
    return out;
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  /** Every copy of this report kept in the browser, newest version first. */
  function copies() {
    var s = store();
    var out = [];
    if (!s) {
      return out;
    }
    for (var i = 0; i < s.length; i++) {
      var key = s.key(i);
      if (key && key.indexOf(prefix) === 0) {
        try {
          var copy = JSON.parse(s.getItem(key));
          copy.key = key;
          copy.version = Number(key.substring(prefix.length));
          out.push(copy);
        } catch (e) {
          // an unreadable copy is ignored
        }
      }
    }
    out.sort(function (a, b) { return b.version - a.version || b.time - a.time; });
    return out;
  }

  function keep() {
    var s = store();
    if (!s) {
      return;
    }
    try {
      s.setItem(prefix + versionInput.value, JSON.stringify({ time: Date.now(), fields: values() }));
    } catch (e) {
      // storage full or refused: the automatic save still runs
    }
  }

  /** Removes the copies of versions before {@code below} (all of them when below is undefined). */
  function forget(below) {
    var s = store();
    if (!s) {
      return;
    }
    copies().forEach(function (copy) {
      if (below === undefined || copy.version < below) {
        s.removeItem(copy.key);
      }
    });
  }

  /** Puts the copy's values into the form; false when the form lacks one of its fields. */
  function fill(fields) {
    var byName = {};
    fields.forEach(function (pair) {
      (byName[pair[0]] = byName[pair[0]] || []).push(pair[1]);
    });
    var names = Object.keys(byName);
    for (var n = 0; n < names.length; n++) {
      if (!form.elements.namedItem(names[n])) {
        return false;
      }
    }
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '_csrf' || el.name === 'version' || el.name === 'action') {
        return;
      }
      var wanted = byName[el.name] || [];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = wanted.indexOf(el.value) >= 0;
      } else {
        el.value = wanted.length ? wanted[0] : '';
      }
    });
    return true;
  }

  /** Shows the copy again: in place when the form has its fields, otherwise through the server (nothing is saved). */
  function restore(copy) {
    if (String(copy.version) !== versionInput.value) {
      // Based on an earlier version: saving it will show the differences instead of overwriting.
      versionInput.value = String(copy.version);
    }
    if (fill(copy.fields)) {
      changes++;
      show('draft-restored');
      return;
    }
    var post = document.createElement('form');
    post.method = 'post';
    post.action = actionUrl;
    post.hidden = true;
    var token = form.querySelector('input[name="_csrf"]');
    var pairs = copy.fields.concat([['version', String(copy.version)], ['action', 'reshow']]);
    if (token) {
      pairs.push(['_csrf', token.value]);
    }
    pairs.forEach(function (pair) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = pair[0];
      input.value = pair[1];
      post.appendChild(input);
    });
    document.body.appendChild(post);
    post.submit();
  }

  function discard() {
    forget();
    window.location.reload();
  }

  function onLoad() {
    var version = Number(versionInput.value);
    if (form.getAttribute('data-fresh') !== 'true') {
      // The page shows what the user sent (problems, conflict, measures added or removed): keep that.
      forget(version);
      keep();
      changes++;
      return;
    }
    if (form.getAttribute('data-saved') === 'true') {
      forget(version + 1);
      return;
    }
    var found = copies();
    if (!found.length) {
      return;
    }
    var copy = found[0];
    if (same(copy.fields, values())) {
      forget(version + 1);
      return;
    }
    // A copy of the version the server still holds was typed after it was loaded: it is newer.
    if (copy.version === version) {
      restore(copy);
    } else if (copy.version < version) {
      show('draft-older');
      document.getElementById('draft-restore-older').addEventListener('click', function () {
        hide('draft-older');
        restore(copy);
      });
      document.getElementById('draft-discard-older').addEventListener('click', discard);
    }
  }

  /** A fresh CSRF token once the user has signed in again; false while still signed out. */
  function refreshToken() {
    return fetch(form.getAttribute('data-session-url'), { credentials: 'same-origin', redirect: 'manual',
      headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
      .then(function (response) {
        if (response.type === 'opaqueredirect' || !response.ok) {
          return false;
        }
        return response.json().then(function (session) {
          var token = form.querySelector('input[name="_csrf"]');
          if (token && session.token) {
            token.value = session.token;
          }
          return true;
        });
      });
  }

  function autosave() {
    if (!autosaveAllowed || busy || changes === 0) {
      return;
    }
    busy = true;
    var sent = changes;
    var ready = expired ? refreshToken() : Promise.resolve(true);
    ready.then(function (signedIn) {
      if (!signedIn) {
        show('draft-expired');
        return null;
      }
      var body = new URLSearchParams();
      new FormData(form).forEach(function (value, name) {
        if (name !== 'action') {
          body.append(name, value);
        }
      });
      body.append('action', 'save');
      var token = form.querySelector('input[name="_csrf"]');
      return fetch(actionUrl, {
        method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
        headers: { 'X-Report-Autosave': '1', 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest',
          'X-CSRF-TOKEN': token ? token.value : '' }
      }).then(function (response) {
        if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
          expired = true;
          show('draft-expired');
          return;
        }
        expired = false;
        hide('draft-expired');
        hide('draft-failed');
        return response.json().then(function (answer) {
          if (response.ok) {
            var before = Number(versionInput.value);
            versionInput.value = String(answer.version);
            var s = store();
            if (s) {
              s.removeItem(prefix + before);
            }
            changes -= sent;
            if (changes > 0) {
              keep();
            }
            hide('draft-message');
            show('draft-saved', answer.message);
          } else if (response.status === 409) {
            autosaveAllowed = false;
            show('draft-message', answer.message);
          } else {
            changes -= sent;
            show('draft-message', answer.message);
          }
        });
      });
    }).catch(function () {
      show('draft-failed');
    }).then(function () {
      busy = false;
    });
  }

  form.addEventListener('input', function () {
    changes++;
    keep();
  });
  form.addEventListener('change', function () {
    changes++;
    keep();
  });
  var discardButton = document.getElementById('draft-discard');
  if (discardButton) {
    discardButton.addEventListener('click', discard);
  }
  onLoad();
  if (window.fetch && window.URLSearchParams) {
    window.setInterval(autosave, Number(form.getAttribute('data-autosave-ms')) || INTERVAL);
  }
}());
