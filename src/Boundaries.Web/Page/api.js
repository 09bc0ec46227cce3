// The planner's HTTP API. Errors come back as RFC 9457 problem details; they are thrown as ApiProblem.
// Units come in the compact form (?geometry=compact: each ring as its first vertex and the steps to the next, in
// fifty-thousandths of a degree, about 2 m) and are turned back into GeoJSON coordinates here, so the rest of the page sees GeoJSON.

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  get type() {
    return (this.problem.type || '').replace('urn:boundaries:problem:', '');
  }
}

async function request(method, url, body) {
  const init = { method, headers: { Accept: 'application/json, application/geo+json, application/problem+json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (response.status === 204) return null;
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiProblem(response.status, data);
  if (data?.units?.features) for (const feature of data.units.features) expand(feature);
  return data;
}

function expand(feature) {
  if (feature.geometry?.steps) feature.geometry = expandGeometry(feature.geometry);
}

// A compact geometry ({type, steps}) as GeoJSON coordinates.
export function expandGeometry({ type, steps }) {
  const ring = (flat) => {
    const out = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i < flat.length; i += 2) {
      x += flat[i];
      y += flat[i + 1];
      out.push([x / 5e4, y / 5e4]);
    }
    return out;
  };
  const polygon = (rings) => rings.map(ring);
  return { type, coordinates: type === 'Polygon' ? polygon(steps) : steps.map(polygon) };
}

const q = (asOf) => (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');
// The requests that answer with units ask for the compact form.
const g = (asOf) => `?geometry=compact${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`;
const id = (scenarioId) => encodeURIComponent(scenarioId);

export const api = {
  project: () => request('GET', '/api/project'),
  units: (asOf) => request('GET', `/api/units${g(asOf)}`),
  baseline: (asOf) => request('GET', `/api/baseline${g(asOf)}`),
  evaluation: (asOf) => request('GET', `/api/evaluation${q(asOf)}`),
  downloads: () => request('GET', '/api/downloads'),
  scenarios: () => request('GET', '/api/scenarios'),
  createScenario: (title, asOf) => request('POST', `/api/scenarios${g(asOf)}`, { title }),
  importScenario: (json, asOf) => request('POST', `/api/scenarios/import${g(asOf)}`, json),
  result: (scenarioId, asOf) => request('GET', `/api/scenarios/${id(scenarioId)}/result${g(asOf)}`),
  describeScenario: (scenarioId, body) => request('PUT', `/api/scenarios/${id(scenarioId)}`, body),
  deleteScenario: (scenarioId, version) => request('DELETE', `/api/scenarios/${id(scenarioId)}?version=${version}`),
  apply: (scenarioId, version, operation, asOf) =>
    request('POST', `/api/scenarios/${id(scenarioId)}/operations${g(asOf)}`, { version, operation }),
  undo: (scenarioId, version, asOf) => request('POST', `/api/scenarios/${id(scenarioId)}/undo${g(asOf)}`, { version }),
  redo: (scenarioId, version, asOf) => request('POST', `/api/scenarios/${id(scenarioId)}/redo${g(asOf)}`, { version }),
  preview: (scenarioId, operation, asOf) => request('POST', `/api/preview${q(asOf)}`, { scenario: scenarioId ?? null, operation }),
  suggestions: (code, scenarioId, asOf) =>
    request('GET', `/api/suggestions/${encodeURIComponent(code)}?${new URLSearchParams({ ...(scenarioId ? { scenario: scenarioId } : {}), ...(asOf ? { asOf } : {}) })}`),
  reference: (layerId) => request('GET', `/api/references/${encodeURIComponent(layerId)}?geometry=compact`),
  compare: (scenarioId, otherId) => request('GET', `/api/scenarios/${id(scenarioId)}/diff/${id(otherId)}`),
  plan: (scenarioId, targetUnits) => request('POST', '/api/plans', { scenario: scenarioId ?? null, targetUnits }),
  readPlan: (json, scenarioId) => request('POST', '/api/plans/read', `{"scenario":${JSON.stringify(scenarioId ?? null)},"plan":${json}}`),
  downloadUrl: (scenarioId, name, asOf) =>
    (scenarioId ? `/api/scenarios/${id(scenarioId)}/downloads/${encodeURIComponent(name)}` : `/api/downloads/${encodeURIComponent(name)}`) + q(asOf),
};
