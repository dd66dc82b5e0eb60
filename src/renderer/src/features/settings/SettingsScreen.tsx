import { Page } from '../../components/ui/page';
import { BrowserSetting } from '../jobs/BrowserSetting';
import { AiSettingsSections } from './AiSettingsSections';
import { GeneralSettings } from './GeneralSettings';
import { YourDataSettings } from './YourDataSettings';

export function SettingsScreen() {
  return (
    <Page title="Settings" description="How Jobsmith looks, what it may reach, and where it keeps your data.">
      <GeneralSettings />
      <BrowserSetting />
      <AiSettingsSections />
      <YourDataSettings />
    </Page>
  );
}
