// Component tests opt into jsdom per file; model and layout tests run in plain Node.
export {};
