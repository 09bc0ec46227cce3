// The planner's HTTP API. Errors come back as RFC 9457 problem details; they are thrown as ApiProblem.

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
  return data;
}

const q = (asOf) => (asOf ? `?asOf=${encodeURIComponent(asOf)}` : '');
const id = (scenarioId) => encodeURIComponent(scenarioId);

export const api = {
  project: () => request('GET', '/api/project'),
  units: (asOf) => request('GET', `/api/units${q(asOf)}`),
  baseline: (asOf) => request('GET', `/api/baseline${q(asOf)}`),
  evaluation: (asOf) => request('GET', `/api/evaluation${q(asOf)}`),
  downloads: () => request('GET', '/api/downloads'),
  scenarios: () => request('GET', '/api/scenarios'),
  createScenario: (title, asOf) => request('POST', `/api/scenarios${q(asOf)}`, { title }),
  importScenario: (json, asOf) => request('POST', `/api/scenarios/import${q(asOf)}`, json),
  result: (scenarioId, asOf) => request('GET', `/api/scenarios/${id(scenarioId)}/result${q(asOf)}`),
  describeScenario: (scenarioId, body) => request('PUT', `/api/scenarios/${id(scenarioId)}`, body),
  deleteScenario: (scenarioId, version) => request('DELETE', `/api/scenarios/${id(scenarioId)}?version=${version}`),
  apply: (scenarioId, version, operation, asOf) =>
    request('POST', `/api/scenarios/${id(scenarioId)}/operations${q(asOf)}`, { version, operation }),
  undo: (scenarioId, version, asOf) => request('POST', `/api/scenarios/${id(scenarioId)}/undo${q(asOf)}`, { version }),
  redo: (scenarioId, version, asOf) => request('POST', `/api/scenarios/${id(scenarioId)}/redo${q(asOf)}`, { version }),
  preview: (scenarioId, operation, asOf) => request('POST', `/api/preview${q(asOf)}`, { scenario: scenarioId ?? null, operation }),
  suggestions: (code, scenarioId, asOf) =>
    request('GET', `/api/suggestions/${encodeURIComponent(code)}?${new URLSearchParams({ ...(scenarioId ? { scenario: scenarioId } : {}), ...(asOf ? { asOf } : {}) })}`),
  compare: (scenarioId, otherId) => request('GET', `/api/scenarios/${id(scenarioId)}/diff/${id(otherId)}`),
  downloadUrl: (scenarioId, name, asOf) =>
    (scenarioId ? `/api/scenarios/${id(scenarioId)}/downloads/${encodeURIComponent(name)}` : `/api/downloads/${encodeURIComponent(name)}`) + q(asOf),
};
