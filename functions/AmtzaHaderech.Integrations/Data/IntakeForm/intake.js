/* The intake form's enhancements. Everything works without this file; with it:
   the page's message is focused on arrival, error links focus their field, questions that
   depend on an answer appear when it is given, the ID's check digit is checked as it is typed,
   the occupation field becomes a type-ahead combobox (ARIA 1.2 pattern), and a second click on
   "send" does not send twice. Written for old phone browsers too (no build step, ES5). */
(function () {
  'use strict';

  function byId(id) { return document.getElementById(id); }

  function focusMessage() {
    var message = byId('error-summary') || byId('notice') || byId('confirmation') || byId('refusal');
    if (message) { message.focus(); }
  }

  // A link in the error summary focuses its field and shows the field's question with it.
  function wireSummaryLinks(summary) {
    var links = summary.querySelectorAll('a[href^="#"]');
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener('click', function (event) {
        var target = byId(this.getAttribute('href').slice(1));
        if (!target) { return; }
        event.preventDefault();
        var field = target.closest('.field, .checkbox-field') || target;
        field.scrollIntoView();
        target.focus({ preventScroll: true });
      });
    }
  }

  // Questions shown only for one answer of another ("other city", "a certain percent").
  function wireConditionals(form) {
    var blocks = form.querySelectorAll('[data-shown-by]');
    function update() {
      for (var i = 0; i < blocks.length; i++) {
        var block = blocks[i];
        var name = block.getAttribute('data-shown-by');
        var control = form.elements[name];
        var value = control ? control.value : '';
        var inner = block.querySelector('input');
        var keep = inner && (inner.value !== '' || inner.getAttribute('aria-invalid') === 'true');
        block.hidden = !(value === block.getAttribute('data-shown-value') || keep);
      }
    }
    form.addEventListener('change', update);
    update();
  }

  function idIsValid(raw) {
    var digits = raw.replace(/[\s-]/g, '');
    if (!/^\d{5,9}$/.test(digits)) { return false; }
    digits = ('000000000' + digits).slice(-9);
    if (digits === '000000000') { return false; }
    var sum = 0;
    for (var i = 0; i < 9; i++) {
      var product = Number(digits.charAt(i)) * (i % 2 + 1);
      sum += product > 9 ? product - 9 : product;
    }
    return sum % 10 === 0;
  }

  function setFieldError(input, message) {
    var field = byId('field-' + input.id);
    var errorId = input.id + '-error';
    var error = byId(errorId);
    var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id && id !== errorId; });
    if (message) {
      if (!error) {
        error = document.createElement('p');
        error.className = 'error-message';
        error.id = errorId;
        input.parentNode.insertBefore(error, input);
      }
      error.innerHTML = '';
      var prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = 'שגיאה: ';
      error.appendChild(prefix);
      error.appendChild(document.createTextNode(message));
      described.push(errorId);
      input.setAttribute('aria-invalid', 'true');
      if (field) { field.classList.add('field--error'); }
    } else {
      if (error) { error.parentNode.removeChild(error); }
      input.removeAttribute('aria-invalid');
      if (field) { field.classList.remove('field--error'); }
    }
    if (described.length) { input.setAttribute('aria-describedby', described.join(' ')); } else { input.removeAttribute('aria-describedby'); }
  }

  // The page's own summary for what the script found; the server's checks still follow.
  function showSummary(form, errors) {
    var summary = byId('error-summary');
    if (!summary) {
      summary = document.createElement('div');
      summary.id = 'error-summary';
      summary.className = 'error-summary';
      summary.setAttribute('tabindex', '-1');
      summary.setAttribute('aria-labelledby', 'error-summary-title');
      form.parentNode.insertBefore(summary, form);
    }
    summary.innerHTML = '';
    var title = document.createElement('h2');
    title.className = 'error-summary__title';
    title.id = 'error-summary-title';
    title.textContent = errors.length === 1 ? 'יש לתקן דבר אחד בטופס' : 'יש לתקן ' + errors.length + ' דברים בטופס';
    var list = document.createElement('ul');
    list.className = 'error-summary__list';
    errors.forEach(function (error) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + error.id;
      link.textContent = error.message;
      item.appendChild(link);
      list.appendChild(item);
    });
    summary.appendChild(title);
    summary.appendChild(list);
    wireSummaryLinks(summary);
    summary.focus();
  }

  function wireNationalId(form) {
    var wrapper = form.querySelector('[data-national-id]');
    var input = wrapper && wrapper.querySelector('input');
    if (!input) { return function () { return []; }; }
    var message = wrapper.getAttribute('data-message');
    function check() {
      var invalid = input.value.trim() !== '' && !idIsValid(input.value);
      setFieldError(input, invalid ? message : null);
      return invalid ? [{ id: input.id, message: message }] : [];
    }
    input.addEventListener('change', check);
    return check;
  }

  function wireOccupation(form) {
    var wrapper = form.querySelector('[data-occupation-search]');
    var input = wrapper && wrapper.querySelector('input[type="text"]');
    var code = wrapper && wrapper.querySelector('input[type="hidden"]');
    if (!input || !code || !window.fetch) { return; }
    var url = wrapper.getAttribute('data-occupation-search');
    var listId = input.id + '-list';
    var box = document.createElement('div');
    box.className = 'combobox';
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'combobox__list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'עיסוקים שמתאימים למה שכתבתם');
    list.hidden = true;
    box.appendChild(list);
    var status = document.createElement('div');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    box.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    var items = [];
    var active = -1;
    var timer = null;
    var sequence = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) { options[i].setAttribute('aria-selected', i === index ? 'true' : 'false'); }
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function pick(index) {
      input.value = items[index].titleHe;
      code.value = items[index].code;
      close();
      status.textContent = 'נבחר: ' + items[index].titleHe;
    }

    function render(found) {
      items = found;
      list.innerHTML = '';
      found.forEach(function (item, index) {
        var option = document.createElement('li');
        option.id = listId + '-' + index;
        option.className = 'combobox__option';
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = item.titleHe;
        option.addEventListener('mousedown', function (event) { event.preventDefault(); });
        option.addEventListener('click', function () { pick(index); });
        list.appendChild(option);
      });
      active = -1;
      if (found.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        status.textContent = (found.length === 1 ? 'נמצא עיסוק אחד' : 'נמצאו ' + found.length + ' עיסוקים') +
          '. לבחירה: חץ למטה ואז Enter.';
      } else {
        close();
        status.textContent = 'לא נמצא עיסוק ברשימה. אפשר להמשיך לכתוב במילים שלכם.';
      }
    }

    function search() {
      var query = input.value.trim();
      var mine = ++sequence;
      if (query.length < 2) { close(); return; }
      fetch(url + '?q=' + encodeURIComponent(query) + '&limit=8', { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { items: [] }; })
        .then(function (body) { if (mine === sequence) { render(body.items || []); } })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      code.value = '';
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
      if (event.key === 'ArrowDown' || event.key === 'Down') {
        event.preventDefault();
        if (!open && items.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        if (items.length) { highlight(active + 1 < items.length ? active + 1 : 0); }
      } else if (event.key === 'ArrowUp' || event.key === 'Up') {
        if (!open) { return; }
        event.preventDefault();
        highlight(active > 0 ? active - 1 : items.length - 1);
      } else if (event.key === 'Enter' && open) {
        // Enter picks from an open list; it sends the form only when the list is closed.
        event.preventDefault();
        if (active >= 0) { pick(active); } else { close(); }
      } else if (event.key === 'Escape' || event.key === 'Esc') {
        if (open) { event.preventDefault(); close(); }
      }
    });
    input.addEventListener('blur', function () { close(); });
  }

  function wireSubmit(form, checkId) {
    var sent = false;
    form.addEventListener('submit', function (event) {
      var errors = checkId();
      if (errors.length) {
        event.preventDefault();
        showSummary(form, errors);
        return;
      }
      // One form, one submission: a second click while the first is on its way does nothing.
      if (sent) { event.preventDefault(); return; }
      sent = true;
    });
    window.addEventListener('pageshow', function () { sent = false; });
  }

  function start() {
    focusMessage();
    var summary = byId('error-summary');
    if (summary) { wireSummaryLinks(summary); }
    var form = document.querySelector('[data-intake-form]');
    if (!form) { return; }
    wireConditionals(form);
    wireOccupation(form);
    wireSubmit(form, wireNationalId(form));
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
