import { test, expect } from '@playwright/test';

test('the first page says what it is for', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bounce Doctor' })).toBeVisible();
});
