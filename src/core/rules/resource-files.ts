import { resourceFile } from '../texts.ts';
import type { SkillRule } from './types.ts';

const MEDIA = /\.(png|jpe?g|gif|webp|avif|ico|bmp|pdf|woff2?|ttf|otf)$/i;

const rule: SkillRule = {
  id: 'resource-files',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'Files beside SKILL.md are plain, reviewable files: no symlinks, special files, compiled programs or files over the size cap (errors); no other binaries outside `assets/`, executables outside `scripts/` or hidden files (warnings).',
    pass: 'my-skill/SKILL.md, my-skill/references/guide.md, my-skill/scripts/run.sh (executable), my-skill/assets/diagram.png',
    fail: 'my-skill/bin/helper (an ELF binary), my-skill/.env, my-skill/references/notes.md -> /etc/passwd (symlink)',
  },
  check({ skill, config, report }) {
    for (const file of skill.source.files) {
      const options = { file: resourceFile(skill.source.file, file.path) };
      const warn = { ...options, severity: 'warning' as const };
      if (file.kind === 'symlink') {
        report(null, 'Symlink in the skill folder; it is neither followed nor bundled. Replace it with the file itself', options);
        continue;
      }
      if (file.kind === 'other') {
        report(null, 'Special file (device, socket or pipe) in the skill folder; remove it', options);
        continue;
      }
      if (file.size > config.maxResourceBytes) {
        report(null, `File is ${file.size} bytes; the limit is ${config.maxResourceBytes}. Keep large data out of skills`, options);
        continue;
      }
      if (file.content === 'native-executable') {
        report(null, 'Compiled program in the skill folder; ship source code (e.g. a script in scripts/) that can be reviewed', options);
        continue;
      }
      const segments = file.path.split('/');
      if (segments.some((segment) => segment.startsWith('.'))) report(null, 'Hidden file in the skill folder; remove it or give it a visible name', warn);
      if (file.content === 'binary' && !(segments[0] === 'assets' && MEDIA.test(file.path))) {
        report(null, 'Binary file outside assets/; agents cannot read it and reviewers cannot check it. Move media into assets/ or remove it', warn);
      }
      if (file.executable && segments[0] !== 'scripts') report(null, 'Executable file outside scripts/; move it into scripts/ or clear its execute bit', warn);
    }
  },
};
export default rule;
