// The configurator for web editors (demo/konfigurator.html): pick a widget, set its attributes and
// a municipality's look, see the widget live, and copy the code for a CMS page. Plain DOM, no
// framework, no inline script or style (it runs under the demo's strict CSP: styles are set through
// the CSSOM, which CSP allows).

/**
 * The attributes of each element, as docs/embedding.md documents them (the end-to-end test checks
 * this table against the generated custom-elements.json). `text` is the element's own content.
 */
const ELEMENTS = [
  { tag: 'biv-login-box', label: 'Inloggning', attributes: ['endpoint', 'forgot-pin-href', 'new-card-href', 'heading-level', 'lang'] },
  { tag: 'biv-get-card-form', label: 'Skaffa lånekort', attributes: ['endpoint', 'rules-href', 'children-href', 'login-href', 'heading-level', 'lang'] },
  { tag: 'biv-pin-reset', label: 'Glömt PIN-kod', attributes: ['endpoint', 'reset-url', 'login-href', 'heading-level', 'lang'] },
  { tag: 'biv-change-pin', label: 'Byt PIN-kod', attributes: ['endpoint', 'login-href', 'with-login', 'heading-level', 'lang'] },
  { tag: 'biv-my-loans', label: 'Mina lån', attributes: ['endpoint', 'login-href', 'with-login', 'sort', 'heading-level', 'lang'] },
  { tag: 'biv-my-reservations', label: 'Mina reservationer', attributes: ['endpoint', 'login-href', 'with-login', 'heading-level', 'lang'] },
  { tag: 'biv-block-card-button', label: 'Spärra kortet', attributes: ['endpoint', 'login-href', 'with-login', 'new-card-href', 'heading-level', 'lang'], text: true },
  { tag: 'biv-my-pages', label: 'Hela Mina sidor', attributes: ['endpoint', 'tabs', 'tab', 'forgot-pin-href', 'new-card-href', 'heading-level', 'lang'] },
  {
    tag: 'biv-my-profile',
    label: 'Mina uppgifter',
    attributes: ['endpoint', 'login-href', 'with-login', 'change-pin-href', 'block-card-href', 'new-card-href', 'heading-level', 'lang'],
  },
  {
    tag: 'biv-loan-history',
    label: 'Min lånehistorik',
    attributes: ['endpoint', 'login-href', 'with-login', 'new-card-href', 'sort', 'heading-level', 'lang'],
    specs: {
      sort: {
        label: 'Ordning',
        type: 'select',
        options: [
          ['', 'Senast återlämnad först (standard)'],
          ['oldest', 'Äldst först'],
          ['title', 'Titel'],
          ['author', 'Författare'],
        ],
      },
    },
  },
  { tag: 'biv-wishlist', label: 'Minneslista', attributes: ['endpoint', 'login-href', 'with-login', 'heading-level', 'lang'] },
  { tag: 'biv-wishlist-button', label: 'Spara i minneslistan', attributes: ['endpoint', 'record-id', 'title', 'login-href', 'with-login', 'heading-level', 'lang'] },
];

const ATTRIBUTES = {
  endpoint: {
    label: 'API-adress',
    hint: 'Bibliotekets API. Lämna tom om webbplatsens mall redan anger den (en biv-config-ruta eller en biv:endpoint-metatagg).',
  },
  'forgot-pin-href': {
    label: 'Sidan om glömd PIN-kod',
    hint: 'Dit leder länken ”Har du glömt PIN-koden?”. Utan adress visas ingen länk. Exempel: /glomt-pin-koden',
  },
  'new-card-href': {
    label: 'Sidan om nytt kort',
    hint: 'Dit leder länken ”Så får du ett nytt kort” när kortet är spärrat. Exempel: /bibliotekskort#nytt-kort',
  },
  'rules-href': { label: 'Sidan med lånereglerna', hint: 'Länkas från rutan ”Jag godkänner lånereglerna” och öppnas i en ny flik.' },
  'children-href': { label: 'Sidan för barn och unga', hint: 'Länkas när den som ansöker är under 18 år.' },
  'login-href': { label: 'Sidan där man loggar in', hint: 'Länkas när ingen är inloggad. Exempel: /mina-sidor' },
  'reset-url': {
    label: 'Sidan som länken i e-posten öppnar',
    hint: 'Lämna tom: då öppnar länken sidan som widgeten står på. Biblioteket måste ha godkänt sidan.',
  },
  tabs: {
    label: 'Flikar',
    hint: 'Vilka delar som visas och i vilken ordning, med mellanslag emellan. Lämna tom för alla: profile loans reservations history wishlist pin block',
  },
  tab: {
    label: 'Fliken som visas först',
    type: 'select',
    hint: 'Om adressen inte pekar ut en flik (som #lan).',
    options: [
      ['', 'Den första (standard)'],
      ['profile', 'Mina uppgifter'],
      ['loans', 'Lån'],
      ['reservations', 'Reservationer'],
      ['history', 'Lånehistorik'],
      ['wishlist', 'Minneslista'],
      ['pin', 'Byt PIN-kod'],
      ['block', 'Spärra kortet'],
    ],
  },
  'with-login': { label: 'Visa en inloggningsruta när ingen är inloggad', type: 'boolean' },
  'change-pin-href': { label: 'Sidan där man byter PIN-kod', hint: 'Länkas som ”Byt PIN-kod”. Lämna tom: då går det att byta PIN-kod här.' },
  'block-card-href': { label: 'Sidan där man spärrar kortet', hint: 'Länkas som ”Spärra kortet”. Lämna tom: då visas knappen här.' },
  'record-id': { label: 'Postens id i katalogen', hint: 'Krävs. Titelns id i bibliotekets katalog, till exempel från katalogens länk till titeln.' },
  title: { label: 'Titelns namn', hint: 'Knappens namn för skärmläsare, till exempel ”Spara i minneslistan: Röda rummet”. Webbläsaren visar det också som verktygstips.' },
  sort: {
    label: 'Ordning',
    type: 'select',
    options: [
      ['', 'Återlämningsdag (standard)'],
      ['title', 'Titel'],
    ],
  },
  'heading-level': {
    label: 'Rubriknivå',
    type: 'select',
    hint: 'Nivån på widgetens rubriker, så att de passar in i sidans rubrikordning. Står widgeten under en h2, välj 3.',
    options: [
      ['', '2 (standard)'],
      ['1', '1'],
      ['3', '3'],
      ['4', '4'],
      ['5', '5'],
      ['6', '6'],
    ],
  },
  lang: {
    label: 'Språk',
    type: 'select',
    hint: 'Oftast sidans språk. Välj bara ett språk om widgeten ska tala ett annat språk än sidan.',
    options: [
      ['', 'Sidans språk (rekommenderas)'],
      ['sv', 'Svenska'],
      ['en', 'Engelska'],
    ],
  },
};

const TEXT_FIELD = { label: 'Knappens text', hint: 'Valfri. Utan text står det ”Spärra kortet” (”Block the card” på engelska).' };

/** The demo's own API for the live preview: the page's CSP allows no other. */
const PREVIEW_ENDPOINT = '/api/v1';
/** Start values: the demo's API, and a title of its catalogue for the wishlist button. */
const DEFAULTS = { endpoint: new URL('/api/v1', location.href).href, 'record-id': 'hemsoborna', title: 'Hemsöborna' };

const $ = (id) => document.getElementById(id);
const form = $('settings');
const preview = $('preview');
const snippetBox = $('snippet');
const cssBox = $('theme-css');
const status = $('copy-status');

/** Values typed so far, per attribute name: they stay when another widget is chosen. */
const values = { ...DEFAULTS };
let looks = [];

/** `"` `&` `<` `>` written so that an attribute value (in double quotes) cannot end early. */
const escapeAttribute = (value) => value.replace(/[&"<>]/g, (ch) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[ch]);
const escapeText = (value) => value.replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]);

function element(tag, props = {}, children = []) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') el.textContent = value;
    else if (value === true) el.setAttribute(key, '');
    else if (value !== false && value !== undefined) el.setAttribute(key, value);
  }
  el.append(...(Array.isArray(children) ? children : [children]));
  return el;
}

function radio(name, value, label, checked) {
  const id = `${name}-${value || 'standard'}`;
  return element('div', { class: 'choice' }, [
    element('input', { type: 'radio', name, id, value, checked }),
    element('label', { for: id }, label),
  ]);
}

/** The chosen widget's entry. */
const chosen = () => ELEMENTS.find((e) => e.tag === form.elements.namedItem('element').value) ?? ELEMENTS[0];

function renderElementChoices() {
  $('element-choices').append(
    ...ELEMENTS.map((e, i) => radio('element', e.tag, [`${e.label} `, element('code', { text: e.tag })], i === 0)),
  );
}

function renderAttributeFields() {
  const spec = chosen();
  $('attribute-legend').replaceChildren('Inställningar för ', element('code', { text: spec.tag }));
  const fields = spec.attributes.map((name) => field(name, spec.specs?.[name] ?? ATTRIBUTES[name]));
  if (spec.text) fields.push(field('text', TEXT_FIELD, true));
  $('attribute-inputs').replaceChildren(...fields);
}

/** One labelled control, with its hint tied to it; `data-attr` names the attribute it sets. */
function field(name, spec, isText = false) {
  const id = `attr-${name}`;
  const hintId = `${id}-hint`;
  const described = spec.hint ? { 'aria-describedby': hintId } : {};
  const hint = spec.hint ? [element('p', { class: 'hint', id: hintId, text: spec.hint })] : [];
  const data = isText ? { 'data-text': '' } : { 'data-attr': name };
  if (spec.type === 'boolean') {
    return element('div', { class: 'field field-check' }, [
      element('input', { type: 'checkbox', id, name, checked: values[name] === true, ...data, ...described }),
      element('label', { for: id }, [spec.label, ' ', element('code', { text: name })]),
      ...hint,
    ]);
  }
  const labelText = isText ? [spec.label] : [spec.label, ' ', element('code', { text: name })];
  const label = element('label', { for: id }, labelText);
  if (spec.type === 'select') {
    const select = element('select', { id, name, ...data, ...described }, spec.options.map(([value, text]) => element('option', { value, text })));
    select.value = values[name] ?? '';
    return element('div', { class: 'field' }, [label, ...hint, select]);
  }
  const input = element('input', { type: 'text', id, name, spellcheck: 'false', autocomplete: 'off', ...data, ...described });
  input.value = values[name] ?? '';
  return element('div', { class: 'field' }, [label, ...hint, input]);
}

async function loadLooks() {
  const choices = $('look-choices');
  choices.replaceChildren(radio('look', '', 'Standard (Bibliotek i Västs färger)', true));
  try {
    const answer = await fetch('/demo/kommuner.json', { headers: { accept: 'application/json' } });
    if (!answer.ok) return;
    looks = (await answer.json()).municipalities ?? [];
  } catch {
    return; // the standard look only
  }
  choices.append(...looks.map((m) => radio('look', m.id, m.kommun ?? m.name, false)));
}

const chosenLook = () => looks.find((m) => m.id === form.elements.namedItem('look')?.value);

/** The chosen widget's attributes, in the table's order, without empty ones. */
function attributes() {
  const spec = chosen();
  const list = [];
  for (const name of spec.attributes) {
    const value = values[name];
    if (value === true) list.push([name, true]);
    else if (typeof value === 'string' && value.trim() !== '') list.push([name, value.trim()]);
  }
  return list;
}

const slotText = () => (chosen().text && typeof values.text === 'string' ? values.text.trim() : '');

/** The code for the page: the script tag once, then the element. */
function snippet() {
  const spec = chosen();
  const script = `<script type="module" src="${escapeAttribute(new URL('/biv-widgets.js', location.href).href)}"></script>`;
  const attrs = attributes().map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const open = attrs.length <= 1 ? `<${spec.tag}${attrs.map((a) => ` ${a}`).join('')}>` : `<${spec.tag}\n  ${attrs.join('\n  ')}>`;
  return `${script}\n\n${open}${escapeText(slotText())}</${spec.tag}>\n`;
}

function themeCss() {
  const look = chosenLook();
  if (!look) return '/* Standardutseendet: ingen CSS behövs. */\n';
  const lines = Object.entries(look.theme).map(([name, value]) => `  ${name}: ${value};`);
  return `/* ${look.kommun ?? look.name}: utseendet på Bibliotek i Västs widgetar */\n:root {\n${lines.join('\n')}\n}\n`;
}

/** The live widget: a fresh element with the chosen attributes (the preview's endpoint is the demo's). */
function renderPreview() {
  const spec = chosen();
  const el = document.createElement(spec.tag);
  for (const [name, value] of attributes()) el.setAttribute(name, value === true ? '' : value);
  el.setAttribute('endpoint', PREVIEW_ENDPOINT);
  const text = slotText();
  if (text) el.textContent = text;
  const look = chosenLook();
  for (const name of [...preview.style]) if (name.startsWith('--biv-')) preview.style.removeProperty(name);
  if (look) for (const [name, value] of Object.entries(look.theme)) preview.style.setProperty(name, value);
  preview.replaceChildren(el);
}

function renderCode() {
  snippetBox.textContent = snippet();
  cssBox.textContent = themeCss();
}

let previewTimer;
function update({ now = false } = {}) {
  renderCode();
  clearTimeout(previewTimer);
  if (now) renderPreview();
  else previewTimer = setTimeout(renderPreview, 300); // not a new widget at every keystroke
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', (event) => {
  const target = event.target;
  if (target.name === 'element') {
    renderAttributeFields();
    update({ now: true });
    return;
  }
  if (target.name === 'look') {
    update({ now: true });
    return;
  }
  const name = target.dataset.attr ?? (target.dataset.text !== undefined ? 'text' : undefined);
  if (!name) return;
  values[name] = target.type === 'checkbox' ? target.checked : target.value;
  update({ now: target.type === 'checkbox' || target.tagName === 'SELECT' });
});

/** Copy `text`, and say so in the live region (emptied first, so the same words are said again). */
async function copy(text, what) {
  status.textContent = '';
  let message;
  try {
    await navigator.clipboard.writeText(text);
    message = `${what} är kopierad. Klistra in den i ett HTML-block på sidan.`;
  } catch {
    message = `Det gick inte att kopiera automatiskt. ${what} är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).`;
  }
  setTimeout(() => {
    status.textContent = message;
  }, 100);
  return message;
}

function select(box) {
  const range = document.createRange();
  range.selectNodeContents(box);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

$('copy-snippet').addEventListener('click', () => {
  void copy(snippetBox.textContent ?? '', 'Koden').then((message) => message.startsWith('Det gick') && select(snippetBox));
});
$('copy-css').addEventListener('click', () => {
  void copy(cssBox.textContent ?? '', 'CSS-koden').then((message) => message.startsWith('Det gick') && select(cssBox));
});

renderElementChoices();
renderAttributeFields();
update({ now: true });
void loadLooks().then(() => update({ now: true }));
