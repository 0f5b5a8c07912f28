// The workspace's toolbar: fixture picker, colour scheme, role, sidebar width, API faults, reload.

const $ = (id) => document.getElementById(id);

const withParam = (name, value) => {
  const url = new URL(window.location.href);
  url.searchParams.set(name, value);
  return url;
};

/** Wires the toolbar; options: { fixtures, fixtureId, scheme, role, width, params, rest, setScheme, reload } */
export function setUpToolbar({ fixtures, fixtureId, scheme, role, width, params, rest, setScheme, reload }) {
  const picker = $('fixture');
  for (const { id, label } of fixtures) picker.append(new Option(label, id, false, id === fixtureId));
  picker.addEventListener('change', () => window.location.assign(withParam('fixture', picker.value)));

  $('scheme').value = scheme;
  $('scheme').addEventListener('change', () => {
    setScheme($('scheme').value);
    window.history.replaceState(null, '', withParam('scheme', $('scheme').value));
  });

  $('role').value = role;
  $('role').addEventListener('change', () => window.location.assign(withParam('role', $('role').value)));

  const setWidth = (px) => document.documentElement.style.setProperty('--sidebar-width', `${px}px`);
  $('width').value = String(width);
  setWidth(width);
  $('width').addEventListener('change', () => {
    setWidth($('width').value);
    window.history.replaceState(null, '', withParam('width', $('width').value));
  });

  const applyFault = (value) => {
    rest.clearFaults();
    const [route, status] = value.split(':');
    if (route && status)
      rest.failNext(route, Number(status), { times: status === '429' ? 1 : Number.POSITIVE_INFINITY, retryAfter: 1 });
  };
  $('fault').addEventListener('change', () => applyFault($('fault').value));
  if (params.get('fault')) applyFault(params.get('fault'));

  $('reload').addEventListener('click', reload);
  if (params.get('log') === 'open') $('protocol').open = true;
}
