import { CARE_DOCUMENT_TYPES, type CareCaseDetail } from '@vatra/core';
import { hasScope, useSession } from '../auth/session';
import { DocumentsPanel } from '../cases/DocumentsTab';
import { careCaseUrl, useCareDocumentCounts, useCareDocuments, useCareWrite } from './data';

/**
 * The documents of a care case (assessments, consents, court decisions …): the returnee case's
 * documents panel, fed from the care case's routes, with the counts by type above the list.
 */
export function CareDocumentsTab({ kase }: { kase: CareCaseDetail }) {
  const documents = useCareDocuments(kase.id);
  const counts = useCareDocumentCounts(kase.id);
  const write = useCareWrite(kase.id);
  const me = useSession();
  // Care writes take care.assess (the server decides; a closed case takes no more documents).
  const canUpload = kase.status !== 'closed' && hasScope(me, 'care.assess');
  const url = careCaseUrl(kase.id);
  return (
    <DocumentsPanel
      documents={documents}
      counts={counts.data}
      types={CARE_DOCUMENT_TYPES}
      canUpload={canUpload}
      upload={{ url: `${url}/documents`, fields: {} }}
      contentUrl={(document) => `${url}/documents/${encodeURIComponent(document.id)}/content`}
      write={write}
    />
  );
}
