/** Product facts shared by every process. A test keeps APP_VERSION equal to package.json's. */
export const APP_NAME = 'Jobsmith';
export const APP_VERSION = '0.1.0';
export const APP_ID = 'app.jobsmith.desktop';
