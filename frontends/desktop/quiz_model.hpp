// QuizModel: one quiz taken one question at a time. Answers stay in this
// object until the reader finishes; the content type scores them through
// FrontendHost::respond() and keeps nothing. Only when the reader opted in
// are they kept, through FrontendHost::keep_result().
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QVariantList>
#include <map>
#include <memory>

#include "cradle/plugin_api.hpp"

namespace cradle::desktop {

class DocumentModel;

class QuizModel : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("made by the Viewer")
  Q_PROPERTY(bool active READ active NOTIFY changed)
  Q_PROPERTY(QString title READ title NOTIFY changed)
  Q_PROPERTY(int count READ count NOTIFY changed)
  Q_PROPERTY(int index READ index NOTIFY changed)
  Q_PROPERTY(QString question READ question NOTIFY changed)
  Q_PROPERTY(QVariantList options READ options NOTIFY changed)
  Q_PROPERTY(int selected READ selected NOTIFY changed)
  Q_PROPERTY(bool answered READ answered NOTIFY changed)
  Q_PROPERTY(bool finished READ finished NOTIFY changed)
  Q_PROPERTY(QString resultTitle READ resultTitle NOTIFY changed)
  Q_PROPERTY(QString error READ error NOTIFY changed)
  Q_PROPERTY(bool kept READ kept NOTIFY changed)
  Q_PROPERTY(cradle::desktop::DocumentModel* result READ result CONSTANT)

 public:
  QuizModel(FrontendHost* host, QObject* parent = nullptr);

  // Starts `item`'s form from the first question. False when it has none.
  bool start(std::shared_ptr<const Library> library, const Item& item);
  // Shows the result of answers given earlier (a kept result).
  bool show(std::shared_ptr<const Library> library, const Item& item,
            const std::map<std::string, int>& answers);
  void stop();

  bool active() const { return item_ != nullptr; }
  QString title() const;
  int count() const;
  int index() const { return index_; }
  QString question() const;
  QVariantList options() const;
  int selected() const;  // the chosen value, or -1
  bool answered() const { return selected() != -1; }
  bool finished() const { return finished_; }
  QString resultTitle() const { return result_title_; }
  QString error() const { return error_; }
  bool kept() const { return kept_id_ != 0; }
  DocumentModel* result() const { return result_; }

  // Answers the current question with the option of `value`; or with the
  // option at `number` (1-based, the number keys).
  Q_INVOKABLE void choose(int value);
  Q_INVOKABLE void chooseNumber(int number);
  // Next question, or the result after the last. Only when answered.
  Q_INVOKABLE void next();
  Q_INVOKABLE void back();
  // Keeps the shown result on this computer; false with error() set if not.
  Q_INVOKABLE bool keep();

 signals:
  void changed();

 private:
  bool begin(std::shared_ptr<const Library> library, const Item& item);
  void score();

  FrontendHost* host_;
  std::shared_ptr<const Library> library_;
  const Item* item_ = nullptr;
  const Form* form_ = nullptr;
  int index_ = 0;
  std::map<std::string, int> answers_;
  bool finished_ = false;
  QString result_title_, error_;
  std::int64_t kept_id_ = 0;
  DocumentModel* result_;
};

}  // namespace cradle::desktop
