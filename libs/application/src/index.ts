export * from './config.js';
export * from './sql-database.js';
