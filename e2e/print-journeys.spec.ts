import { SEED } from './fixtures/bounces.ts';
import { expect, test } from './fixtures/doh.ts';
import { GMAIL_EML } from './fixtures/journey-bounces.ts';
import { BouncePage, emlFile } from './pages/bounce-page.ts';
import { DiagnosisPage } from './pages/diagnosis-page.ts';
import { printedPages } from './pages/printed.ts';
import { UserActions } from './pages/user-actions.ts';
import { ChecklistPage } from './pages/wizard-pages.ts';

/** The common journeys (issue 11), each from how the person gives the bounce. */
const JOURNEYS: { name: string; give: (bounce: BouncePage) => Promise<void> }[] = [
  { name: 'the seed, pasted', give: (bounce) => bounce.diagnose(SEED) },
  {
    name: 'Gmail 5.7.26 as a whole .eml',
    give: (bounce) => bounce.dropFile(emlFile(GMAIL_EML)),
  },
  {
    name: 'a full mailbox, the example',
    give: (bounce) => bounce.example('Mailbox full (temporary)').click(),
  },
];

// Their checklists fit one printed page, from the dark theme too (print is light).
test.describe('the checklist on paper', () => {
  test.use({ colorScheme: 'dark' });

  for (const journey of JOURNEYS) {
    test(`${journey.name}: one page`, async ({ page }) => {
      const bounce = new BouncePage(page);
      await bounce.goto();
      await journey.give(bounce);
      await new DiagnosisPage(page).waitForResult();
      await new UserActions(page).forwardToChecklist(3);
      await new ChecklistPage(page).waitForAll();
      expect(await printedPages(page)).toBe(1);
    });
  }
});
