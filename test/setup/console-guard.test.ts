import { failOnLogged } from './console-guard';

describe('the console guard of every unit and browser test', () => {
  it('fails a test that calls console.error or console.warn, quoting the call', () => {
    console.error('console guard self-test: an error');
    console.warn('console guard self-test: a warning');
    expect(() => failOnLogged('during this test')).toThrow(
      /2 unexpected console call\(s\) during this test:\n\nconsole\.error: console guard self-test: an error\n\nconsole\.warn: console guard self-test: a warning/,
    );
  });

  it('lets a test that expects an error replace console.error and assert on it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    console.error('expected');
    expect(error).toHaveBeenCalledWith('expected');
    expect(() => failOnLogged('during this test')).not.toThrow();
  });
});
