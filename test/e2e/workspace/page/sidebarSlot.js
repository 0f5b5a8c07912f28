// The app's place in the sidebar: the iframe Zendesk resizes, hides and shows on the app's request.

/** Controls the sidebar slot around `frame`; `hiddenNote` is shown while the app is hidden. */
export function createSidebarSlot({ frame, slot, hiddenNote }) {
  const state = { height: null, hidden: false };
  return {
    state,
    resize({ height }) {
      const px = Number.parseFloat(String(height));
      if (!Number.isFinite(px) || px <= 0) return;
      state.height = Math.round(px);
      frame.style.height = `${state.height}px`;
    },
    hide() {
      state.hidden = true;
      slot.classList.add('hidden');
      hiddenNote.hidden = false;
    },
    show() {
      state.hidden = false;
      slot.classList.remove('hidden');
      hiddenNote.hidden = true;
    },
  };
}
