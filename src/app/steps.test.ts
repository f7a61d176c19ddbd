import { describe, expect, it } from 'vitest';
import { appRoutes } from './router.tsx';
import { createWizardStore } from '../features/wizard/wizard-store.ts';
import { stepNames, stepOf, stepPath } from './steps.ts';

describe('steps', () => {
  it('are read from the app routes, in order, starting with the bounce', () => {
    const steps = stepNames(appRoutes(createWizardStore(null)));
    expect(steps[0]).toBe('bounce');
    expect(steps[1]).toBe('diagnosis');
    expect(steps).not.toContain('*');
  });

  it('leave out redirects and parameterised routes', () => {
    const Component = () => null;
    const routes = [
      {
        path: '/',
        children: [
          { index: true, Component },
          { path: 'a', Component },
          { path: 'b/:id', Component },
          { path: 'open', loader: () => null },
          { path: '*', loader: () => null },
        ],
      },
    ];
    expect(stepNames(routes)).toEqual(['bounce', 'a']);
  });

  it('map locations to steps and back', () => {
    expect(stepOf('/')).toBe('bounce');
    expect(stepOf('/diagnosis')).toBe('diagnosis');
    expect(stepOf('/checklist/')).toBe('checklist');
    expect(stepPath('bounce')).toBe('/');
    expect(stepPath('diagnosis')).toBe('/diagnosis');
  });
});
