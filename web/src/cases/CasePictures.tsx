import { useEffect, useState } from 'react';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { FileField } from '../ui/FileField';
import { Problem, TextField } from '../ui/fields';
import { addCasePicture, captionCasePicture, removeCasePicture, useCasePicture } from './queries';

type CaseImage = components['schemas']['CaseImage'];

/**
 * A saved case's pictures: each shown as it prints, its caption changed or the picture
 * removed (asked first: it cannot be brought back); a new one added with its caption. Captions typed here show in the preview at once.
 */
export function CasePictures(props: {
  caseId?: string;
  /** A copy not yet saved: how many of the copied case's pictures come along. */
  copied: number;
  images: CaseImage[];
  captions: Record<string, string>;
  setCaption(id: string, caption: string): void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="panel">
      <legend>{t('editor.pictures')}</legend>
      <p className="hint">{t('editor.picturesHint')}</p>
      {!props.caseId ? (
        <>
          {props.copied > 0 && <p>{t('editor.picturesCopied', { count: props.copied })}</p>}
          <p className="hint">{t('editor.picturesAfterSave')}</p>
        </>
      ) : (
        <>
          {props.images.map((image, i) => (
            <SavedPicture
              key={image.id}
              caseId={props.caseId!}
              image={image}
              number={i + 1}
              caption={props.captions[image.id] ?? image.caption}
              setCaption={(caption) => props.setCaption(image.id, caption)}
            />
          ))}
          <NewPicture caseId={props.caseId} />
        </>
      )}
    </fieldset>
  );
}

function SavedPicture(props: {
  caseId: string;
  image: CaseImage;
  number: number;
  caption: string;
  setCaption(caption: string): void;
}) {
  const { t } = useI18n();
  const { caseId, image } = props;
  const url = usePictureUrl(caseId, image.id);
  const save = useSubmit(() => captionCasePicture(caseId, image.id, props.caption), {
    invalidate: ['cases'],
  });
  const [asking, setAsking] = useState(false);
  const remove = useSubmit(() => removeCasePicture(caseId, image.id), {
    invalidate: ['cases'],
    onRefused: () => setAsking(false),
  });
  const id = `case-picture-${image.id}`;
  return (
    <figure className="case-picture">
      {url && <img src={url} alt={t('editor.pictureAlt', { number: props.number })} width={160} />}
      <figcaption>
        <TextField
          id={id}
          label={t('editor.pictureCaption', { number: props.number })}
          required
          maxLength={300}
          value={props.caption}
          onChange={(e) => props.setCaption(e.target.value)}
        />
        <button type="button" onClick={() => save.submit(undefined)} disabled={save.pending}>
          {t('editor.saveCaption')}
        </button>{' '}
        {asking ? (
          <span role="group" aria-labelledby={`${id}-ask`} className="notice">
            <span id={`${id}-ask`}>{t('editor.removePictureAsk', { number: props.number })}</span>{' '}
            <button
              type="button"
              onClick={() => remove.submit(undefined)}
              disabled={remove.pending}
            >
              {t('editor.removePictureYes', { number: props.number })}
            </button>{' '}
            <button type="button" className="link" onClick={() => setAsking(false)}>
              {t('schedule.releaseNo')}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setAsking(true)}>
            {t('editor.removePicture')}
          </button>
        )}
        <Problem text={save.problem ?? remove.problem} />
      </figcaption>
    </figure>
  );
}

function NewPicture({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [caption, setCaption] = useState('');
  const [attempt, setAttempt] = useState(0);
  const add = useSubmit(
    (chosen: { file: File; caption: string }) =>
      addCasePicture(caseId, chosen.file, chosen.caption),
    {
      invalidate: ['cases'],
      onDone: () => {
        setFile(undefined);
        setCaption('');
        setAttempt(attempt + 1);
      },
    },
  );
  return (
    <div className="case-picture-new" role="group" aria-label={t('editor.addPicture')}>
      <FileField
        key={attempt}
        id="case-picture-file"
        label={t('editor.pictureFile')}
        accept="image/png,image/jpeg"
        fileName={file?.name}
        onFile={setFile}
      />
      <TextField
        id="case-picture-caption"
        label={t('editor.newPictureCaption')}
        maxLength={300}
        value={caption}
        onChange={(e) => setCaption(e.target.value)}
      />
      <button
        type="button"
        onClick={() => file && add.submit({ file, caption })}
        disabled={!file || !caption.trim() || add.pending}
      >
        {t('editor.addPicture')}
      </button>
      <Problem text={add.problem} />
    </div>
  );
}

/** The picture's bytes as an address the page can show, released when it goes. */
function usePictureUrl(caseId: string, imageId: string): string | undefined {
  const picture = useCasePicture(caseId, imageId);
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!(picture.data instanceof Blob)) return;
    const made = URL.createObjectURL(picture.data);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [picture.data]);
  return url;
}
