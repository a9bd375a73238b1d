// The tabs are lazy chunks in the pane; loading them here first keeps the tests' waits short
// (ts-jest compiles a module on first use, which can take longer than a findBy* wait).
import '../../src/taskpane/build/BuildTab';
import '../../src/taskpane/check/CheckTab';
import '../../src/taskpane/competencies/CompetenciesTab';
import '../../src/taskpane/compare/CompareTab';
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30000);

// jsdom lacks a few browser APIs Fluent UI uses; each is a no-op or a fixed answer here.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
g.ResizeObserver ??= NoResizeObserver;

if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// No network in tests: the pane uses the shipped catalogue unless a test sets an address.
g.fetch = () => Promise.reject(new Error('no network in tests'));
