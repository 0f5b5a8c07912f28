// The visible protocol log: every message between the workspace and the app, in order.

const MAX_SHOWN = 400;

/** Appends one log entry to the page (the full log stays in `window.workspace.log`). */
export function showLogEntry(entry, startedAt) {
  const list = document.getElementById('log');
  document.getElementById('log-count').textContent = String(entry.seq);
  const item = document.createElement('li');
  item.className = entry.direction === 'app→host' ? 'in' : 'out';
  const text = typeof entry.data === 'string' ? entry.data : JSON.stringify(entry.data);
  const shown = text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
  item.textContent = `${(entry.at - startedAt).toFixed(1).padStart(8)} ms  ${entry.direction}  ${shown}`;
  if (entry.note) {
    const note = document.createElement('span');
    note.className = 'note';
    note.textContent = `  ← ${entry.note}`;
    item.append(note);
  }
  list.append(item);
  while (list.childElementCount > MAX_SHOWN) list.firstElementChild.remove();
}
