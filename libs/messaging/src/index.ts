export * from './errors.js';
export * from './topics.js';
export * from './envelope.js';
export * from './published-payload.js';
export * from './relay-metrics.js';
export * from './kafka-relay.js';
export * from './asyncapi.js';
