/** Where the API lives on the server; the session cookie is for this path only. */
export const API_ROOT = '/api/v1';
