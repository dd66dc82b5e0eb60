import { FileDown } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useImport } from './import-store';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * While the Profile screen is shown, a CV file dropped anywhere on the window is imported (and the
 * browser/Electron default of opening the file instead is prevented). An overlay shows while dragging.
 */
export function ImportDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const busy = () => {
      const phase = useImport.getState().phase;
      return phase === 'parsing' || phase === 'saving';
    };
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setOver(true);
      useImport.getState().prepare();
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = busy() ? 'none' : 'copy';
    };
    const onLeave = () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file && !busy()) void useImport.getState().parseFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <div className="relative min-h-full" data-testid="profile-drop-zone">
      {children}
      {over ? (
        <div className="pointer-events-none fixed inset-3 z-50 flex flex-col items-center justify-center gap-2 rounded-xl border-2 border-dashed border-accent bg-accent/10 text-accent backdrop-blur-[1px]">
          <FileDown className="size-10" aria-hidden />
          <p className="text-lg font-medium">Drop your CV to import it</p>
          <p className="text-sm">PDF, Word, text, Markdown, JSON Resume, Reactive Resume or a LinkedIn export (.zip)</p>
        </div>
      ) : null}
    </div>
  );
}
