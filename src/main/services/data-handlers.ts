/** Handlers of the "Your data" requests (issue 10). */
import { basename } from 'node:path';
import type { Handlers } from '../router';
import type { DataService } from './data/data-service';
import type { FileDialogs } from './data/file-dialogs';
import type { Dossier } from '@shared/data-model';

export interface DataHandlerOptions {
  data: DataService;
  /** The settings after a restore replaced them, so menus and windows follow. */
  settingsChanged: () => void;
  /** Desktop only. */
  dialogs?: FileDialogs;
  /** The dossier's parts other services already compute. */
  dossier: {
    skills: () => Dossier['skills'];
    assessments: () => Dossier['assessments'];
    plans: () => Dossier['plans'];
    activePlanId: () => number | null;
    detail: (planId: number) => NonNullable<Dossier['detail']>;
    progress: (planId: number) => NonNullable<Dossier['progress']>;
    evidence: (planId: number) => Dossier['evidence'];
    profile: () => Dossier['profile'];
    readiness: () => Pick<Dossier, 'readiness' | 'gaps'>;
  };
}

type DataChannel =
  | 'data:status'
  | 'data:dismissNotice'
  | 'data:backupNow'
  | 'data:restoreBackup'
  | 'data:exportBackup'
  | 'data:checkImport'
  | 'data:applyImport'
  | 'data:dossier'
  | 'data:exportCsv'
  | 'data:exportIcs'
  | 'files:save'
  | 'files:open'
  | 'files:printPdf';

export function createDataHandlers({ data, settingsChanged, dialogs, dossier }: DataHandlerOptions): Pick<Handlers, DataChannel> {
  /** The plans in use, and the one named (the active one when none is, else the first). */
  function chosenPlan(planId: number | undefined) {
    const plans = dossier.plans().filter((plan) => plan.archivedAt === null);
    return { plans, chosen: plans.find((plan) => plan.id === (planId ?? dossier.activePlanId())) ?? plans[0] };
  }

  return {
    'data:status': () => data.status(),
    'data:dismissNotice': () => data.dismissNotice(),
    'data:backupNow': () => data.backupNow(),
    'data:restoreBackup': async ({ file }) => {
      const status = await data.restore(file);
      settingsChanged();
      return status;
    },
    'data:exportBackup': () => data.exportBackup(),
    'data:checkImport': ({ base64 }) => data.checkImport(Buffer.from(base64, 'base64')),
    'data:applyImport': async ({ token, mode }) => {
      const status = await data.applyImport(token, mode);
      settingsChanged();
      return status;
    },
    'data:dossier': ({ planId }) => {
      const { plans, chosen } = chosenPlan(planId);
      return {
        plans,
        detail: chosen ? dossier.detail(chosen.id) : null,
        progress: chosen ? dossier.progress(chosen.id) : null,
        evidence: chosen ? dossier.evidence(chosen.id) : [],
        profile: dossier.profile(),
        skills: dossier.skills(),
        assessments: dossier.assessments(),
        ...dossier.readiness()
      };
    },
    'data:exportCsv': ({ planId, ...speech }) => data.exportCsv(chosenPlan(planId).chosen, speech),
    'data:exportIcs': ({ planId, ...speech }) => data.exportIcs(chosenPlan(planId).chosen, speech),
    'files:save': async ({ fileName, content }) => {
      if (!dialogs) return { supported: false, saved: false, fileName: null };
      const path = await dialogs.save(fileName, content);
      return { supported: true, saved: path !== null, fileName: path === null ? null : basename(path) };
    },
    'files:printPdf': async ({ fileName }) => {
      if (!dialogs) return { supported: false, saved: false, fileName: null };
      const path = await dialogs.printToPdf(fileName);
      return { supported: true, saved: path !== null, fileName: path === null ? null : basename(path) };
    },
    'files:open': async () => {
      const file = await dialogs?.open();
      return file ? { name: file.name, base64: Buffer.from(file.bytes).toString('base64') } : null;
    }
  };
}
