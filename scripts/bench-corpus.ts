/**
 * A synthetic guide corpus for the benchmark: realistic guides of about
 * 1,200 words with headings, tables, lists, links and the generator's
 * components, in Latin, Arabic and Chinese scripts, with some translations
 * missing so that fallback pages occur. Deterministic: the same size always
 * gives the same files.
 */

export const benchLanguages = [
	{ code: 'en', name: 'English', dir: 'ltr' },
	{ code: 'es', name: 'Español', dir: 'ltr' },
	{ code: 'fr', name: 'Français', dir: 'ltr' },
	{ code: 'ar', name: 'العربية', dir: 'rtl' },
	{ code: 'zh', name: '中文', dir: 'ltr' },
] as const;

const latin = 'phone message group border passcode lock settings privacy contact record order court search device backup signal encrypted open turn tap choose keep safe help lawyer travel data number account app chat member link share screen'.split(' ');
const spanish = 'celular mensaje grupo frontera código bloqueo ajustes privacidad contacto registro orden tribunal búsqueda copia cifrado abrir tocar elegir ayuda abogado viaje datos número cuenta chat enlace pantalla'.split(' ');
const french = 'téléphone message groupe frontière code verrouillage paramètres vie privée contact registre ordonnance tribunal fouille sauvegarde chiffré ouvrir appuyer choisir aide avocat voyage données numéro compte lien écran'.split(' ');
const arabic = 'هاتف رسالة مجموعة حدود رمز قفل إعدادات خصوصية جهة اتصال سجل أمر محكمة تفتيش نسخة مشفر افتح اضغط اختر مساعدة محام سفر بيانات رقم حساب رابط شاشة'.split(' ');
const chinese = '手机 消息 群组 边境 密码 锁定 设置 隐私 联系人 记录 命令 法院 搜查 备份 加密 打开 点击 选择 帮助 律师 旅行 数据 号码 账户 链接 屏幕'.split(' ');
const vocabulary: Record<string, string[]> = { en: latin, es: spanish, fr: french, ar: arabic, zh: chinese };

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentence(words: string[], next: () => number, lang: string): string {
	const count = 6 + Math.floor(next() * 8);
	const picked = Array.from({ length: count }, () => words[Math.floor(next() * words.length)]);
	if (lang === 'zh') return `${picked.join('')}。`;
	const text = picked.join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}${lang === 'ar' ? '.' : '.'}`;
}

function paragraph(words: string[], next: () => number, lang: string, sentences = 5): string {
	return Array.from({ length: sentences }, () => sentence(words, next, lang)).join(lang === 'zh' ? '' : ' ');
}

export interface BenchCorpus {
	/** Path inside the content folder → file text. */
	files: Map<string, string>;
	guides: number;
	pages: number;
}

/** About `pages` guide pages: English guides × languages, every route counted once. */
export function benchCorpus(pages: number, uiEnglish: string): BenchCorpus {
	const guides = Math.max(1, Math.round(pages / benchLanguages.length));
	const files = new Map<string, string>();
	files.set(
		'site.yml',
		[
			'name: Bench Guide',
			'url: https://bench.example/',
			'quickExit: https://neutral.example/',
			'languages:',
			...benchLanguages.flatMap((l) => [`  - code: ${l.code}`, `    name: ${l.name}`, `    dir: ${l.dir}`]),
			'',
		].join('\n'),
	);
	files.set('en/ui.yml', uiEnglish);
	for (let g = 0; g < guides; g++) {
		const slug = `guide-${String(g + 1).padStart(4, '0')}`;
		const english = guideText(slug, g, 'en', guides);
		files.set(`en/guides/${slug}.mdx`, english);
		for (const language of benchLanguages.slice(1)) {
			// One translation in five is missing, so fallback pages occur.
			if ((g + language.code.charCodeAt(0)) % 5 === 0) continue;
			files.set(`${language.code}/guides/${slug}.mdx`, guideText(slug, g, language.code, guides, english));
		}
	}
	return { files, guides, pages: guides * benchLanguages.length };
}

function guideText(slug: string, index: number, lang: string, total: number, englishText?: string): string {
	const next = random(index * 97 + lang.charCodeAt(0) * 7919 + lang.charCodeAt(1));
	const words = vocabulary[lang];
	const other = `guide-${String(((index + 1) % total) + 1).padStart(4, '0')}`;
	const head = [
		'---',
		`title: "${sentence(words, next, lang).slice(0, 60).replace(/[.。]$/, '')} ${index + 1}"`,
		`summary: "${sentence(words, next, lang).replace(/"/g, '')}"`,
		'inShort:',
		`  - "${sentence(words, next, lang)}"`,
		`  - "${sentence(words, next, lang)}"`,
		`order: ${index + 1}`,
		'reviewed: 2026-11-01',
		'jurisdiction: United States, federal law',
		'sources:',
		...[1, 2, 3].flatMap((n) => [`  - title: Source ${n} for ${slug}`, `    url: https://source${n}.example/${slug}`, '    publisher: Example Publisher', `    date: 202${n}-0${n}-1${n}`]),
		...(englishText ? [`translatedFrom: ${englishText.length % 7 === 0 ? '000000000000' : 'abcdefabcdef'}`, 'review: machine'] : []),
		'---',
		'',
	];
	const body: string[] = [];
	for (let section = 1; section <= 5; section++) {
		body.push(`## ${sentence(words, next, lang).replace(/[.。]$/, '')} ${section}`, '', paragraph(words, next, lang, 8), '', paragraph(words, next, lang, 7), '');
		if (section === 2) body.push('| A | B | C |', '|---|---|---|', ...Array.from({ length: 4 }, () => `| ${words[Math.floor(next() * words.length)]} | ${words[Math.floor(next() * words.length)]} | ${words[Math.floor(next() * words.length)]} |`), '');
		if (section === 3) {
			body.push('<Platform os="android">', '', '<Steps>', '', ...Array.from({ length: 4 }, (_, i) => `${i + 1}. ${sentence(words, next, lang)}`), '', '</Steps>', '', '</Platform>', '');
			body.push('<Callout kind="warning">', '', paragraph(words, next, lang, 2), '', '</Callout>', '');
		}
		if (section === 4) body.push(...Array.from({ length: 5 }, () => `- ${sentence(words, next, lang)}`), '', `[${words[0]}](../${other}/) · [${words[1]}](https://example.org/${slug})`, '');
	}
	return `${head.join('\n')}\n${body.join('\n')}`;
}
