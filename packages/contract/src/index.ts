export * from './personnummer.js';
export * from './identifier.js';
export * from './pin.js';
export * from './problem.js';
export * from './issues.js';
export * from './schemas.js';
export * from './routes.js';
