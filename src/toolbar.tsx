import { ShareBar } from './embed/ShareBar';
import { ExportMenu } from './export/ExportMenu';
import { BundledDataButton } from './load/BundledDataButton';
import { DatasetReport } from './load/DatasetReport';
import { EditDataPanel } from './load/EditDataPanel';
import { LoadDataPanel } from './load/LoadDataPanel';

/** The page's features beside the chart: share, export, load and edit data. main.tsx loads it after the first chart. */
export function Toolbar() {
  return (
    <>
      <ShareBar />
      <ExportMenu />
      <LoadDataPanel />
      <EditDataPanel />
      <BundledDataButton />
      <DatasetReport />
    </>
  );
}
