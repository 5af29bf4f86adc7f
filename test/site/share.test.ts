import { expect, test } from 'vitest';
import { discreetPath, pickLanguage, whatsappHref } from '../../src/site/share.ts';

test('a WhatsApp share is a plain wa.me link carrying the message and address', () => {
	const href = whatsappHref('{title}: {url}', 'Huellas & caras', 'https://g.example/es/x/');
	expect(href).toBe('https://wa.me/?text=Huellas%20%26%20caras%3A%20https%3A%2F%2Fg.example%2Fes%2Fx%2F');
});

test('a discreet address does not contain the guide’s name, and is stable', () => {
	const path = discreetPath('es', 'border-phone-search');
	expect(path).toMatch(/^\/es\/s\/[0-9a-f]{6}\/$/);
	expect(path).not.toContain('border');
	expect(discreetPath('es', 'border-phone-search')).toBe(path);
	expect(discreetPath('es', 'metadata')).not.toBe(path);
});

test('picks the reader’s language: exact, then by base language, in order of preference', () => {
	const site = ['en', 'es', 'ar', 'pt'];
	expect(pickLanguage(['es-MX', 'en'], site)).toBe('es');
	expect(pickLanguage(['fr-FR', 'pt-BR'], site)).toBe('pt');
	expect(pickLanguage(['ar'], site)).toBe('ar');
	expect(pickLanguage(['sw'], site)).toBeUndefined();
});
