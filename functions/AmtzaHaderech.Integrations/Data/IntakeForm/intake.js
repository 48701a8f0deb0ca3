/* The intake form's enhancements. Everything works without this file; with it:
   the page's message is focused on arrival, error links focus their field, questions that
   depend on an answer appear when it is given, "how did you hear of us" offers the chosen city's
   center's own answers, every question is checked in one pass before sending (with the server's
   own messages, which the page carries in data- attributes in its language; the ID's check digit
   also when the field is left), the occupation field becomes a type-ahead combobox (ARIA 1.2
   pattern), and a second click on "send" does not send twice. Written for old phone browsers
   too (no build step, ES5). */
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

  // The form's own words for the script (the page's language): the error prefix and the summary's title.
  function formText(form, name) { return form.getAttribute('data-' + name) || ''; }

  function errorParagraph(form, id) {
    var error = byId(id);
    if (!error) {
      error = document.createElement('p');
      error.className = 'error-message';
      error.id = id;
    }
    error.innerHTML = '';
    var prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = formText(form, 'error-prefix');
    error.appendChild(prefix);
    return error;
  }

  function describe(element, id, on) {
    var described = (element.getAttribute('aria-describedby') || '').split(' ').filter(function (other) { return other && other !== id; });
    if (on) { described.push(id); }
    if (described.length) { element.setAttribute('aria-describedby', described.join(' ')); } else { element.removeAttribute('aria-describedby'); }
  }

  // One input's error: the message before it, the red border, aria-invalid, the field's mark.
  function setFieldError(form, input, message) {
    var field = byId('field-' + input.id);
    var errorId = input.id + '-error';
    if (message) {
      var error = errorParagraph(form, errorId);
      error.appendChild(document.createTextNode(message));
      // Before the input; a checkbox's before its row (the box and its label).
      var before = input.type === 'checkbox' ? input.parentNode : input;
      if (!error.parentNode) { before.parentNode.insertBefore(error, before); }
      input.setAttribute('aria-invalid', 'true');
      input.classList.add(input.type === 'checkbox' ? 'choice__input--error' : 'input--error');
      if (field) { field.classList.add('field--error'); }
    } else {
      var old = byId(errorId);
      if (old) { old.parentNode.removeChild(old); }
      input.removeAttribute('aria-invalid');
      input.classList.remove('input--error');
      input.classList.remove('choice__input--error');
      if (field) { field.classList.remove('field--error'); }
    }
    describe(input, errorId, !!message);
  }

  // A question of several inputs (radio buttons, a date's parts): the message after its legend,
  // the red border on the inputs it is about.
  function setGroupError(form, container, name, message, invalid) {
    var fieldset = container.querySelector('fieldset');
    var errorId = name + '-error';
    var inputs = container.querySelectorAll('input');
    for (var i = 0; i < inputs.length; i++) {
      var marked = message && invalid.indexOf(inputs[i]) >= 0;
      if (inputs[i].type === 'radio') { inputs[i].classList.toggle('choice__input--error', !!message); continue; }
      inputs[i].classList.toggle('input--error', !!marked);
      if (marked) { inputs[i].setAttribute('aria-invalid', 'true'); } else { inputs[i].removeAttribute('aria-invalid'); }
    }
    if (message) {
      var error = errorParagraph(form, errorId);
      error.appendChild(document.createTextNode(message));
      if (!error.parentNode) {
        var hint = byId(name + '-hint');
        var after = hint && fieldset.contains(hint) ? hint : fieldset.querySelector('legend');
        after.parentNode.insertBefore(error, after.nextSibling);
      }
      container.classList.add('field--error');
    } else {
      var old = byId(errorId);
      if (old) { old.parentNode.removeChild(old); }
      container.classList.remove('field--error');
    }
    describe(fieldset, errorId, !!message);
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
    title.textContent = errors.length === 1 ? formText(form, 'summary-one') : formText(form, 'summary-many').replace('{count}', errors.length);
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

  function isWhole(value, min, max) {
    if (!/^\d+$/.test(value)) { return false; }
    var number = Number(value);
    return number >= Number(min) && number <= Number(max);
  }

  // The server's name rule (NameText.IsPersonName): a letter of the Hebrew, Latin, Cyrillic or
  // Arabic script first; then those letters and their marks, space, hyphens, apostrophes and the
  // geresh, the gershayim, or a double quote between two Hebrew letters. No digits, no dots.
  var nameLetter = '\\p{Script=Hebrew}\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Arabic}';
  var namePattern = new RegExp('^[' + nameLetter + '](?:[' + nameLetter + '\\p{Mn} \\-\\u05BE\\u2010\\u2011\'\\u2019\\u05F3\\u02BC\\u05F4]'
    + '|(?<=\\p{Script=Hebrew})["\\u201C\\u201D](?=\\p{Script=Hebrew}))*$', 'u');
  function isName(value) { return namePattern.test(value); }

  // What is wrong with one input's value, by its data-check (empty values are data-required's).
  function valueProblem(input) {
    var value = input.value.trim();
    var check = input.getAttribute('data-check');
    if (value === '' || !check) { return null; }
    var ok = check === 'id' ? idIsValid(value)
      : check === 'mobile' ? /^(?:\+?972|0)5\d{8}$/.test(value.replace(/[\s()-]/g, ''))
      : check === 'email' ? /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
      : check === 'name' ? isName(value)
      : isWhole(value, input.getAttribute('data-min'), input.getAttribute('data-max'));
    return ok ? null : input.getAttribute('data-invalid');
  }

  // Every question the script can check, in page order, all in one pass: missing answers, the
  // ID's check digit, the mobile number, the e-mail address, numbers and date parts in range.
  // Questions hidden because they do not apply are skipped. Returns the errors for the summary.
  function checkAll(form) {
    var errors = [];
    var questions = form.querySelectorAll('[data-radio], [data-group], [data-required], [data-check]');
    for (var i = 0; i < questions.length; i++) {
      var question = questions[i];
      if (question.closest('[hidden]')) { continue; }
      var group = question.closest('[data-group], [data-radio]');
      if (group && group !== question) { continue; }
      if (question.hasAttribute('data-radio')) {
        var name = question.getAttribute('data-radio');
        var radios = question.querySelectorAll('input[type="radio"]');
        var chosen = question.querySelector('input[type="radio"]:checked');
        var missing = !chosen ? question.getAttribute('data-required') : null;
        setGroupError(form, question, name, missing, []);
        if (missing) { errors.push({ id: radios[0].id, message: missing }); }
      } else if (question.hasAttribute('data-group')) {
        var parts = question.querySelectorAll('input');
        var empty = [];
        var wrong = null;
        for (var p = 0; p < parts.length; p++) {
          if (parts[p].value.trim() === '') { empty.push(parts[p]); } else if (!wrong && valueProblem(parts[p])) { wrong = parts[p]; }
        }
        var message = empty.length ? question.getAttribute('data-required') : wrong ? wrong.getAttribute('data-invalid') : null;
        var target = empty.length ? empty[0] : wrong;
        setGroupError(form, question, question.getAttribute('data-group'), message, empty.length ? empty : wrong ? [wrong] : []);
        if (message) { errors.push({ id: target.id, message: message }); }
      } else {
        var input = question;
        var problem = (input.type === 'checkbox' ? !input.checked : input.value.trim() === '')
          ? input.getAttribute('data-required') : valueProblem(input);
        setFieldError(form, input, problem);
        if (problem) { errors.push({ id: input.id, message: problem }); }
      }
    }
    return errors;
  }

  // The ID's check digit as soon as the field is left, not only on sending.
  function wireNationalId(form) {
    var input = form.querySelector('input[data-check="id"]');
    if (!input) { return; }
    input.addEventListener('change', function () { setFieldError(form, input, valueProblem(input)); });
  }

  // "How did you hear of us": a center's own answers only for the people of its cities.
  function wireHeardVia(form) {
    var city = form.elements.city;
    var local = form.querySelectorAll('.choice[data-center]');
    if (!city || !local.length) { return; }
    function update() {
      var option = city.options[city.selectedIndex];
      var center = option ? option.getAttribute('data-center') : null;
      for (var i = 0; i < local.length; i++) {
        var shown = local[i].getAttribute('data-center') === center;
        local[i].hidden = !shown;
        var radio = local[i].querySelector('input');
        if (!shown && radio.checked) { radio.checked = false; }
      }
    }
    city.addEventListener('change', update);
    update();
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
    list.setAttribute('aria-label', wrapper.getAttribute('data-list-label') || '');
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
      status.textContent = (wrapper.getAttribute('data-picked') || '{title}').replace('{title}', items[index].titleHe);
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
        status.textContent = found.length === 1 ? wrapper.getAttribute('data-found-one')
          : (wrapper.getAttribute('data-found-many') || '').replace('{count}', found.length);
      } else {
        close();
        status.textContent = wrapper.getAttribute('data-found-none');
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

  function wireSubmit(form) {
    var sent = false;
    form.addEventListener('submit', function (event) {
      var errors = checkAll(form);
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
    wireHeardVia(form);
    wireOccupation(form);
    wireNationalId(form);
    wireSubmit(form);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
