// The stand-in for the ticket's reply editor: a public reply / internal note switch and a text
// area whose content is `comment.text`. Every change, by the agent or by an app, is reported.

import { htmlToPlain, plainToHtml, startsWithBlock } from './richText.js';

/**
 * elements: { textarea, publicRadio, internalRadio }; rich: whether `comment.text` is HTML (the
 * default in Zendesk) or plain text; onText(html) and onType(type) are called on every change.
 */
export function createEditor(
  { textarea, publicRadio, internalRadio },
  { rich, onText, onType, publicType = 'publicReply' },
) {
  // A channel ticket (Facebook, X…) names its public comment type after the channel.
  const type = () => (internalRadio.checked ? 'internalNote' : publicType);
  const html = () => (rich ? plainToHtml(textarea.value) : textarea.value);
  const showType = () => document.body.classList.toggle('internal-note', type() === 'internalNote');
  const emitText = () => onText(html());
  const emitType = () => {
    showType();
    onType(type());
  };

  textarea.addEventListener('input', emitText);
  publicRadio.addEventListener('change', emitType);
  internalRadio.addEventListener('change', emitType);
  showType();

  return {
    rich,
    html,
    plain: () => textarea.value,
    type,
    setText(value) {
      textarea.value = rich ? htmlToPlain(value) : value;
      emitText();
    },
    append(text) {
      textarea.value += text;
      emitText();
    },
    appendHtml(value) {
      // Block HTML lands as new paragraphs after the draft, as in the rich-text editor.
      const block = startsWithBlock(value) && textarea.value.trim() !== '';
      textarea.value = block
        ? `${textarea.value.trimEnd()}\n\n${htmlToPlain(value)}`
        : textarea.value + htmlToPlain(value);
      emitText();
    },
    setType(value) {
      if (value === type()) return;
      (value === 'internalNote' ? internalRadio : publicRadio).checked = true;
      emitType();
    },
    clear() {
      if (textarea.value === '') return;
      textarea.value = '';
      emitText();
    },
  };
}
