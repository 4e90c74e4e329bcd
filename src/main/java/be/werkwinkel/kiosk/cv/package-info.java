/**
 * The CV and letter wizards: a CV built step by step at the kiosk ({@link be.werkwinkel.kiosk.cv.Cv}),
 * motivation letters ({@link be.werkwinkel.kiosk.cv.Letter}), checked field by field
 * ({@link be.werkwinkel.kiosk.cv.CvCheck}), rendered to PDF in two templates
 * ({@link be.werkwinkel.kiosk.cv.CvPdfs}), exchanged as JSON Resume
 * ({@link be.werkwinkel.kiosk.cv.JsonResume}) and kept in personal storage
 * ({@link be.werkwinkel.kiosk.cv.CvDocuments}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "reference", "kiosk", "storage", "vacancy", "system"})
package be.werkwinkel.kiosk.cv;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
