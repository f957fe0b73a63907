// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '../../components/ClaimCard';
import { Classroom } from '../../components/Classroom';
import { Popup } from '../../components/Popup';
import { Options } from '../../components/options/Options';
import type { FactStore } from '../../components/options/types';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import { createEngine } from '../../engine/engine';
import { DEFAULT_SETTINGS } from '../../settings/settings';
import { pageWithClaim } from './helpers/page-claims';
import { SAMPLE_FACTS, SAMPLE_FRAMES } from './helpers/sample-facts';

afterEach(cleanup);

const engine = createEngine(SAMPLE_FACTS);
const finding = engine.analyze('Mexico and the United States trade $1.4 billion a day.')[0]!;
const fact = SAMPLE_FACTS[0]!;

function card(overrides: Partial<Parameters<typeof ClaimCard>[0]> = {}) {
  const props = { finding, fact, frame: SAMPLE_FRAMES[0], lang: 'en' as const, onLangChange: vi.fn(), onClose: vi.fn(), onCopy: vi.fn(async () => true), onMute: vi.fn(), ...overrides };
  render(<ClaimCard {...props} />);
  return props;
}

describe('ClaimCard', () => {
  it('lists the three newest sources and keeps the others behind "more sources", in the card language', () => {
    const many = [2019, 2026, 2021, 2024, 2013, 2025].map((year) => ({ publisher: `P${year}`, title: `Report ${year}`, url: `https://example.org/${year}`, date: String(year) }));
    card({ fact: { ...fact, sources: many } });
    const shown = [...document.querySelectorAll('.sources > ul a')].map((a) => a.textContent);
    expect(shown).toEqual(['Report 2026', 'Report 2025', 'Report 2024']);
    const more = document.querySelector('.sources details.more-sources')!;
    expect(more.querySelector('summary')!.textContent).toBe('3 more sources');
    expect([...more.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Report 2021', 'Report 2019', 'Report 2013']);
    cleanup();
    card({ fact: { ...fact, sources: many }, lang: 'es' });
    expect(document.querySelector('.sources summary')!.textContent).toBe('3 fuentes más');
    cleanup();
    card({ fact: { ...fact, sources: many.slice(0, 4) } });
    expect(document.querySelectorAll('.sources a')).toHaveLength(4);
    expect(document.querySelector('.sources details')).toBeNull();
  });

  it('is a labelled dialog with the rating, the record, the frame and safe source links', () => {
    card();
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByText('Outdated')).toBeTruthy();
    expect(screen.getByText(/the latest figure is \$2\.39 billion a day \(2025\)/)).toBeTruthy();
    expect(screen.getByText(/As of 2025/)).toBeTruthy();
    expect(screen.getByText(/Why this narrative persists/)).toBeTruthy();
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^https:/);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('closes on Escape, switches language, copies and mutes', async () => {
    const props = card();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'ES' }));
    expect(props.onLangChange).toHaveBeenCalledWith('es');
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByText('Copied');
    fireEvent.click(screen.getByRole('button', { name: 'Not relevant here' }));
    expect(props.onMute).toHaveBeenCalled();
  });

  it('renders in Spanish', () => {
    card({ lang: 'es' });
    expect(screen.getByText('Desactualizado')).toBeTruthy();
    expect(screen.getByText('Lo que muestran los datos')).toBeTruthy();
  });

  it('never renders a non-http link and shows hostile text inert', () => {
    const hostile = { ...fact, statement: { en: 'x <img src=x onerror=alert(1)>', es: 'y' }, sources: [{ ...fact.sources[0]!, url: 'javascript:alert(1)' }] };
    card({ fact: hostile });
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/onerror/)).toBeTruthy();
  });
});

describe('Popup', () => {
  it('lists claims and reports toggles', () => {
    const onOpenClaim = vi.fn();
    const onToggleSite = vi.fn();
    const page = pageWithClaim(finding, 'A', { id: 7 });
    render(
      <Popup lang="en" page={page} site="news.example" siteOn paused={false} onToggleSite={onToggleSite} onTogglePause={vi.fn()} onOpenClaim={onOpenClaim} onClassroom={vi.fn()} onOptions={vi.fn()} />,
    );
    expect(screen.getByText('1 claim found')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Mexico and the United States/ }));
    expect(onOpenClaim).toHaveBeenCalledWith(7);
    fireEvent.click(screen.getByLabelText(/On for news.example/));
    expect(onToggleSite).toHaveBeenCalledWith(false);
  });

  it('says when a page cannot be read', () => {
    render(<Popup lang="es" page={null} site={null} siteOn={false} paused={false} onToggleSite={vi.fn()} onTogglePause={vi.fn()} onOpenClaim={vi.fn()} onClassroom={vi.fn()} onOptions={vi.fn()} />);
    expect(screen.getByText(/Puente no puede leer esta página/)).toBeTruthy();
    // The page itself speaks the UI language (a screen reader reads <html lang>), with a title that names it.
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Puente en esta página');
  });
});

describe('Classroom', () => {
  const page = pageWithClaim(finding, 'Trade story', { figures: finding.figures });
  it('hides ratings in quiz mode until revealed, and exports escaped worksheets', () => {
    const onDownload = vi.fn();
    render(
      <Classroom
        lang="en"
        page={page}
        facts={new Map([[fact.id, fact]])}
        frames={new Map([['trade-volume', SAMPLE_FRAMES[0]!]])}
        today="2026-11-25"
        onRefresh={vi.fn()}
        onLangChange={vi.fn()}
        onDownload={onDownload}
      />,
    );
    expect(screen.getByText('Outdated')).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Quiz mode/));
    expect(screen.queryByText('Outdated')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reveal rating' }));
    expect(screen.getByText('Outdated')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /HTML/ }));
    const [name, type, html] = onDownload.mock.calls[0]!;
    expect(name).toMatch(/\.html$/);
    expect(type).toBe('text/html');
    expect(html).toContain('Trade story');
    expect(html).toContain('https://www.freightwaves.com/');
    fireEvent.click(screen.getByRole('button', { name: /Markdown/ }));
    expect(onDownload.mock.calls[1]![2]).toMatch(/^# Worksheet: Trade story/);
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Classroom view');
  });

  it('says when the record shown only relates to the claim, as the card and the worksheet do', () => {
    const related = { ...page, claims: [{ ...page.claims[0]!, rating: 'context' as const, answers: false, figures: [] }] };
    const props = { page: related, facts: new Map([[fact.id, fact]]), frames: new Map(), today: '2026-11-25', onRefresh: vi.fn(), onLangChange: vi.fn(), onDownload: vi.fn() };
    const { rerender } = render(<Classroom lang="en" {...props} />);
    expect(screen.getByRole('heading', { name: 'Related records (none answers this claim directly)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'What the record shows' })).toBeNull();
    rerender(<Classroom lang="es" {...props} />);
    expect(screen.getByRole('heading', { name: 'Datos relacionados (ninguno responde directamente a esta afirmación)' })).toBeTruthy();
  });
});

describe('Options', () => {
  const store: FactStore = {
    list: async () => [],
    add: vi.fn(),
    update: vi.fn(),
    remove: vi.fn(),
    importText: vi.fn(),
    exportText: async () => null,
    reset: vi.fn(),
    mutes: async () => [],
    unmute: vi.fn(),
  };

  it('is a tab list with one Tab stop, moved and selected with the arrow keys, Home and End', () => {
    location.hash = '';
    render(<Options lang="es" settings={DEFAULT_SETTINGS} store={store} onSettings={vi.fn()} onDownload={vi.fn()} />);
    const tabs = () => screen.getAllByRole('tab');
    const selected = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')!;
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    // Only the selected tab names a panel, and that panel is in the page.
    expect(tabs().map((t) => t.getAttribute('aria-controls'))).toEqual(['panel-settings', null, null]);
    expect(document.getElementById('panel-settings')?.getAttribute('role')).toBe('tabpanel');
    fireEvent.keyDown(selected(), { key: 'ArrowRight' });
    expect(selected().textContent).toBe('Base de datos');
    expect(document.activeElement).toBe(selected());
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(selected(), { key: 'End' });
    expect(selected().id).toBe('tab-import');
    fireEvent.keyDown(selected(), { key: 'ArrowRight' });
    expect(selected().id).toBe('tab-settings');
    fireEvent.keyDown(selected(), { key: 'ArrowLeft' });
    expect(selected().id).toBe('tab-import');
    fireEvent.keyDown(selected(), { key: 'Home' });
    expect(selected().id).toBe('tab-settings');
    expect(document.activeElement).toBe(selected());
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Opciones de Puente');
  });
});

describe('SettingsPanel', () => {
  it('changes thresholds, style and sites', () => {
    const onChange = vi.fn();
    render(<SettingsPanel lang="en" settings={{ ...DEFAULT_SETTINGS, disabledSites: ['x.com'] }} onChange={onChange} />);
    fireEvent.click(screen.getByLabelText('Underline'));
    expect(onChange).toHaveBeenCalledWith({ highlightStyle: 'underline' });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(onChange).toHaveBeenCalledWith({ disabledSites: [] });
  });
});
